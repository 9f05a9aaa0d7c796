package studio.vive.screening.problem;

/** The resource asked for does not exist; answered as a 404 problem with this detail. */
public class NotFoundProblem extends RuntimeException {

    public NotFoundProblem(String detail) {
        super(detail);
    }
}
