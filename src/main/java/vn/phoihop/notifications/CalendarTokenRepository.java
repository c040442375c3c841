package vn.phoihop.notifications;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CalendarTokenRepository extends JpaRepository<CalendarToken, Long> {

    Optional<CalendarToken> findByTokenHash(String tokenHash);

    @Modifying
    @Query("delete from CalendarToken t where t.userId = :userId")
    int deleteByUser(@Param("userId") Long userId);
}
