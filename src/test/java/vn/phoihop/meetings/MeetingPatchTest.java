package vn.phoihop.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.phoihop.shared.InvalidInput;

/** Reading a meeting PATCH: absent stays, null clears, ids as numbers or strings, the JSON path of each error. */
class MeetingPatchTest {

    static final MeetingForm NOW = new MeetingForm("SIGNING", "Hội nghị ký kết", LocalDate.of(2026, 1, 15),
            "Hội trường", 1L, 2L, List.of(3L, 4L), List.of("Khách"), "Biên bản");

    @Test
    void keepsAbsentFieldsAndClearsNullOnes() {
        Map<String, Object> fields = new HashMap<>();
        fields.put("version", 3);
        fields.put("place", null);
        fields.put("directingPositionId", null);
        fields.put("minutes", "Biên bản mới");
        MeetingForm merged = MeetingPatch.apply(NOW, fields);
        assertThat(merged.title()).isEqualTo("Hội nghị ký kết");
        assertThat(merged.chairPositionId()).isEqualTo(1L);
        assertThat(merged.place()).isNull();
        assertThat(merged.directingPositionId()).isNull();
        assertThat(merged.minutes()).isEqualTo("Biên bản mới");
        assertThat(merged.attendeePositionIds()).containsExactly(3L, 4L);
    }

    @Test
    void readsIdsAndDatesGivenAsStrings() {
        MeetingForm merged = MeetingPatch.apply(NOW, Map.of("chairPositionId", "7", "attendeePositionIds",
                List.of("8", 9), "heldOn", "2026-07-01"));
        assertThat(merged.chairPositionId()).isEqualTo(7L);
        assertThat(merged.attendeePositionIds()).containsExactly(8L, 9L);
        assertThat(merged.heldOn()).isEqualTo(LocalDate.of(2026, 7, 1));
    }

    @Test
    void namesEachBadFieldByItsJsonPath() {
        assertThatThrownBy(() -> MeetingPatch.apply(NOW, Map.of("attendeePositionIds", List.of(3, "ba"),
                "heldOn", "15/01/2026")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .extracting(InvalidInput.FieldError::field)
                        .containsExactlyInAnyOrder("heldOn", "attendeePositionIds[1]"));
    }

    @Test
    void refusesFieldsThatCannotBePatched() {
        assertThatThrownBy(() -> MeetingPatch.apply(NOW, Map.of("programId", 1, "conclusions", List.of())))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .extracting(InvalidInput.FieldError::field).containsExactlyInAnyOrder("programId", "conclusions"));
    }
}
