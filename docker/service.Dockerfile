# syntax=docker/dockerfile:1
# Any of the three services: built from this repository with the Maven wrapper, run on a JRE 17 as a
# non-root user. Build from the repository root (docker-compose.yml does), e.g.
#   docker build -f docker/service.Dockerfile --build-arg SERVICE=booking-service --build-arg PORT=8080 .
# The Maven cache mount needs BuildKit (the default of Docker Engine 23+ and Docker Compose v2).

ARG SERVICE

FROM eclipse-temurin:17-jdk AS build
ARG SERVICE
WORKDIR /workspace
COPY . .
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -q -DskipTests -pl "${SERVICE}" -am package

FROM eclipse-temurin:17-jre
ARG SERVICE
ARG PORT
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
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=3 \
  CMD curl -fsS "http://localhost:${MICRONAUT_SERVER_PORT}/health" > /dev/null || exit 1
ENTRYPOINT ["java", "-jar", "/app/service.jar"]
