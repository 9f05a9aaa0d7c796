# syntax=docker/dockerfile:1
# Any of the three services: built from this repository with the Maven wrapper, run on a JRE 17 as a
# non-root user. Build from the repository root (docker-compose.yml does), e.g.
#   docker build -f docker/service.Dockerfile --build-arg SERVICE=booking-service --build-arg PORT=8080 .
# The Maven cache mount needs BuildKit: the default of Docker Engine 23+ and of Compose v2
# (`docker compose`); Compose v1 (`docker-compose`) needs DOCKER_BUILDKIT=1 COMPOSE_DOCKER_CLI_BUILD=1.

# Both required: SERVICE is the module to ship (booking-service, screening-service or
# notification-service), PORT the port it listens on (its application.yml's default).
ARG SERVICE
ARG PORT

FROM eclipse-temurin:17.0.16_8-jdk AS build
ARG SERVICE
RUN case "${SERVICE}" in booking-service|screening-service|notification-service) ;; \
      *) echo "build with --build-arg SERVICE=booking-service|screening-service|notification-service (got '${SERVICE}')" >&2; exit 1 ;; \
    esac
WORKDIR /workspace
# Dependency layer: the wrapper and every pom (Maven reads all the root pom's modules), then the
# build of that skeleton, which resolves every dependency and plugin the real build uses. Only an
# edit to a pom runs it again; an edit to the sources starts below.
COPY mvnw ./
COPY .mvn/ .mvn/
COPY pom.xml ./
COPY contracts/pom.xml contracts/
COPY messaging/pom.xml messaging/
COPY service-kit/pom.xml service-kit/
COPY local-infra/pom.xml local-infra/
COPY test-support/pom.xml test-support/
COPY booking-service/pom.xml booking-service/
COPY screening-service/pom.xml screening-service/
COPY notification-service/pom.xml notification-service/
COPY local-stack/pom.xml local-stack/
COPY bench/pom.xml bench/
COPY e2e-tests/pom.xml e2e-tests/
# -Dmaven.test.skip=true (not just -DskipTests): tests are not even compiled, so the services'
# test-infrastructure profile is off and -am builds only contracts, messaging, service-kit and the
# service; the embedded Kafka/PostgreSQL/SMTP of local-infra and test-support stay out. sharing=locked: the three
# image builds run in parallel and would otherwise write one Maven repository at once.
RUN --mount=type=cache,target=/root/.m2,sharing=locked \
    ./mvnw -B -q -Dmaven.test.skip=true -pl "${SERVICE}" -am package \
 && rm -rf ./*/target
# Only the modules this image is built from (.dockerignore keeps target/ out); a module's whole
# folder, as booking-service reads openapi.properties beside its pom.
COPY contracts/ contracts/
COPY messaging/ messaging/
COPY service-kit/ service-kit/
COPY ${SERVICE}/ ${SERVICE}/
RUN --mount=type=cache,target=/root/.m2,sharing=locked \
    ./mvnw -B -q -Dmaven.test.skip=true -pl "${SERVICE}" -am package

FROM eclipse-temurin:17.0.16_8-jre
ARG SERVICE
ARG PORT
# No image with an empty server port: Micronaut would read MICRONAUT_SERVER_PORT="" as no port.
RUN case "${PORT}" in ''|*[!0-9]*) echo "build with --build-arg PORT=<the service's port> (got '${PORT}')" >&2; exit 1 ;; esac
# curl only for the health check; the service runs as an unprivileged user that owns nothing.
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --user-group --no-create-home --shell /usr/sbin/nologin vive
WORKDIR /app
COPY --from=build /workspace/${SERVICE}/target/${SERVICE}.jar /app/service.jar
USER 10001:10001
ENV MICRONAUT_SERVER_PORT=${PORT} \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
EXPOSE ${PORT}
# Readiness, not just liveness: UP once the database and Kafka answer.
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=3 \
  CMD curl -fsS -o /dev/null "http://localhost:${MICRONAUT_SERVER_PORT}/health/readiness" || exit 1
ENTRYPOINT ["java", "-jar", "/app/service.jar"]
