package studio.vive.kit.problem;

/** The resource asked for does not exist: answered as a plain 404 problem with this detail. */
public class NotFoundProblem extends RuntimeException {

    public NotFoundProblem(String detail) {
        super(detail);
    }
}
