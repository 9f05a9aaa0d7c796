package studio.vive.booking.security;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The configured staff users, by user name. */
@Singleton
public class StaffDirectory {

    private final Map<String, StaffUser> users;

    StaffDirectory(List<StaffUser> users) {
        this.users = users.stream().collect(Collectors.toUnmodifiableMap(StaffUser::getUsername, Function.identity()));
    }

    public Optional<StaffUser> find(String username) {
        return Optional.ofNullable(users.get(username));
    }

    public List<StaffUser> all() {
        return List.copyOf(users.values());
    }
}
