package studio.vive.notification.links;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.retry.annotation.RetryPredicate;

/** Retries every failure but booking-service's 404: another instance would answer the same. */
public class RetryUnlessNotFound implements RetryPredicate {

    @Override
    public boolean test(Throwable failure) {
        return !(failure instanceof HttpClientResponseException response && response.getStatus() == HttpStatus.NOT_FOUND);
    }
}
