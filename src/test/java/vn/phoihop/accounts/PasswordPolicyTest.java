package vn.phoihop.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Passwords anyone would try first are refused; long personal ones are not. */
class PasswordPolicyTest {

    static final PasswordPolicy POLICY = PasswordPolicy.load();

    @ParameterizedTest
    @ValueSource(strings = {"123456789012", "matkhau12345", "password1234", "qwertyuiop12", "admin1234567",
            "MatKhau@2026!", "iloveyou2024", "anhyeuem1234", "aaaaaaaaaaaa", "ababababababab", "abcdefghijklmn",
            "0987654321098", "asdfghjklasd", "1qaz2wsx3edc4r", "Password1234", "vietnam12345", "Quantri@123456",
            "zyxwvutsrqpo"})
    void refusesPasswordsThatAreGuessedFirst(String password) {
        assertThat(POLICY.isGuessable(password)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"mat-khau-rat-dai-7", "mot-mat-khau-du-dai", "phoihop-demo-2026", "Sông Hồng chảy mãi",
            "correct horse battery staple", "Tr4ng-Tr0ng-Xanh!", "admin-test-password-1"})
    void acceptsLongUnusualPasswords(String password) {
        assertThat(POLICY.isGuessable(password)).isFalse();
    }
}
