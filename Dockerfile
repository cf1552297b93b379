# Build stage: compile and package the runnable jar.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src ./src
# The demo's sample mail and invoices are packed into the jar (pom.xml <resources>).
COPY samples ./samples
RUN mvn -B -q -DskipTests package

# Run stage: a slim JRE with the jar; state lives in /data.
FROM eclipse-temurin:17-jre
RUN useradd --system --home /data relance && mkdir -p /data /app/config && chown relance /data
WORKDIR /data
COPY --from=build /src/target/relance.jar /app/relance.jar
COPY config/relance.example.yml /app/config/relance.example.yml
USER relance
VOLUME ["/data"]
ENTRYPOINT ["java", "-jar", "/app/relance.jar"]
CMD ["run", "--config", "/data/relance.yml"]
