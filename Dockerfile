# Builds and runs the tracker; used by docker-compose.yml.
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY db db
COPY seeds seeds
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:21-jre
RUN useradd --system --uid 10001 tracker \
    # The checkpoint signing key is generated here at first start (a volume in docker-compose.yml).
    && mkdir -p /app/data && chown tracker /app/data
USER tracker
WORKDIR /app
COPY --from=build /src/target/commitment-tracker-*.jar app.jar
ENV AXONIQ_UPDATE_CHECKER_DISABLED=true
EXPOSE 8080
ENTRYPOINT ["java", "-Daxoniq.update-checker.disabled=true", "-jar", "/app/app.jar"]
