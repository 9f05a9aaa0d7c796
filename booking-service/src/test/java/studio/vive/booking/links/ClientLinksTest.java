package studio.vive.booking.links;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientLinksTest {

    @Test
    void theRecheckLinkIsTheManageLinkWithRecheckBeforeTheToken() {
        assertThat(ClientLinks.recheckUrl("http://localhost:8080/manage/b1?token=k3"))
                .isEqualTo("http://localhost:8080/manage/b1/recheck?token=k3");
    }
}
