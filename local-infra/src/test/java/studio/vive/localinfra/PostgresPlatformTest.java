package studio.vive.localinfra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PostgresPlatformTest {

    @ParameterizedTest
    @CsvSource({
            // os.name,  os.arch, artifact,       archive in it
            "Linux,      amd64,   linux-amd64,    postgres-linux-x86_64.txz",
            "Linux,      aarch64, linux-arm64v8,  postgres-linux-arm_64.txz",
            "Mac OS X,   x86_64,  darwin-amd64,   postgres-darwin-x86_64.txz",
            "Mac OS X,   aarch64, darwin-arm64v8, postgres-darwin-arm_64.txz",
    })
    void mapsEachBundledPlatformToItsBinaries(String osName, String osArch, String binaries, String resource) {
        PostgresPlatform platform = PostgresPlatform.of(osName, osArch);

        assertThat(platform.binaries()).isEqualTo(binaries);
        assertThat(platform.resource()).isEqualTo(resource);
        assertThat(PostgresPlatform.BUNDLED).contains(binaries);
    }

    @ParameterizedTest
    @CsvSource({"Linux, amd64", "Linux, aarch64", "Mac OS X, x86_64", "Mac OS X, aarch64"})
    void findsTheBinariesOfEveryBundledPlatformOnTheClasspath(String osName, String osArch) {
        // The dependencies in local-infra/pom.xml really bring the archive zonky will look for.
        String resource = PostgresPlatform.of(osName, osArch).resource();

        assertThat(getClass().getClassLoader().getResource(resource)).as(resource).isNotNull();
    }

    @ParameterizedTest
    @CsvSource({"Windows 11, amd64", "Linux, riscv64", "FreeBSD, amd64", "Linux, x86"})
    void rejectsAnUnbundledPlatformSayingWhatItFound(String osName, String osArch) {
        assertThatThrownBy(() -> PostgresPlatform.of(osName, osArch))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("Platform: " + osName + " " + osArch)
                .hasMessageContaining("linux-amd64, linux-arm64v8, darwin-amd64, darwin-arm64v8");
    }

    @Test
    void describesWhatItFoundAndChose() {
        assertThat(PostgresPlatform.of("Linux", "aarch64").description())
                .isEqualTo("Platform: Linux aarch64 → PostgreSQL binaries linux-arm64v8");
    }
}
