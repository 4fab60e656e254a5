package fiscalledger.shell;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The jar's launch options as people type them. */
class LaunchOptionsTest {

    @Test
    void theDataDirectoryIsTakenFromDataOrFromDataDirTheNameOfItsProperty() {
        Path expected = Path.of("/tmp/ledger-2024").toAbsolutePath().normalize();
        assertThat(LaunchOptions.parse(new String[]{"--data", "/tmp/ledger-2024"}).dataDirectory()).isEqualTo(expected);
        assertThat(LaunchOptions.parse(new String[]{"--data-dir", "/tmp/ledger-2024"}).dataDirectory()).isEqualTo(expected);
        assertThat(LaunchOptions.parse(new String[]{"--data-dir=/tmp/ledger-2024"}).dataDirectory()).isEqualTo(expected);
        assertThat(LaunchOptions.parse(new String[]{"--data=/tmp/ledger-2024"}).dataDirectory()).isEqualTo(expected);
    }

    @Test
    void theUsageNamesBothSpellingsOfTheDataDirectory() {
        assertThat(LaunchOptions.USAGE).contains("--data DIR", "--data-dir DIR");
    }
}
