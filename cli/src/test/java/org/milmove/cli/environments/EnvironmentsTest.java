package org.milmove.cli.environments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.milmove.cli.UserException;
import org.milmove.flyway.resolver.MigrationLocation.S3Prefix;

class EnvironmentsTest {

    @Test
    void readsBlocksInFileOrderWithOptionalKeys() {
        Environments environments = Environments.parse("envs", List.of(
                "\uFEFF# deployed environments",
                "",
                "stg.secure-migrations = s3://stg-bucket/secure-migrations/",
                "stg.region=us-gov-west-1",
                "exp.secure-migrations=s3://exp-bucket",
                "exp.endpoint=http://127.0.0.1:9000",
                "exp.profile=milmove-exp  "));

        assertThat(environments.names()).containsExactly("stg", "exp");
        assertThat(environments.get("stg")).isEqualTo(new Environment("stg",
                new S3Prefix("stg-bucket", "secure-migrations"), "us-gov-west-1", null, null));
        assertThat(environments.get("exp")).isEqualTo(new Environment("exp",
                new S3Prefix("exp-bucket", ""), null, URI.create("http://127.0.0.1:9000"), "milmove-exp"));
        assertThat(environments.get("stg").url("20250101000000_x.up.sql"))
                .isEqualTo("s3://stg-bucket/secure-migrations/20250101000000_x.up.sql");
        assertThat(environments.get("exp").key("20250101000000_x.up.sql")).isEqualTo("20250101000000_x.up.sql");
    }

    @Test
    void selectsByNamesSeparatedBySpacesOrCommasAndDefaultsToAll() {
        Environments environments = Environments.parse("envs", List.of(
                "a.secure-migrations=s3://bucket-a", "b.secure-migrations=s3://bucket-b", "c.secure-migrations=s3://bucket-c"));

        assertThat(environments.select(" c, a c ")).extracting(Environment::name).containsExactly("c", "a");
        assertThat(environments.select("")).extracting(Environment::name).containsExactly("a", "b", "c");
        assertThat(environments.select(null)).hasSize(3);
        assertThatThrownBy(() -> environments.select("a qa prod"))
                .isInstanceOf(UserException.class)
                .hasMessage("Unknown environments qa, prod; envs defines a, b, c.");
    }

    @Test
    void everyBadLineIsNamed() {
        assertThatThrownBy(() -> Environments.parse("config/environments.properties", List.of(
                "stg.secure-migrations=s3://stg-bucket/x",
                "stg.bucket=other",
                "this is not a key value line",
                "exp.region=us-gov-west-1",
                "prd.secure-migrations=https://prd-bucket/x",
                "stg.region=a",
                "stg.region=b",
                "dev.secure-migrations=s3://Bad_Bucket",
                "dev.endpoint=localhost:9000",
                "qa.profile=")))
                .isInstanceOf(UserException.class)
                .hasMessage("""
                        Environments file config/environments.properties has 9 problems:
                          line 2: unknown key stg.bucket; known keys: secure-migrations, region, endpoint, profile
                          line 3: expected <environment>.<key>=<value>, for example stg.region=us-gov-west-1
                          line 4: environment exp has no exp.secure-migrations=s3://bucket/prefix
                          line 5: "https://prd-bucket/x" is not an s3://bucket/prefix URL (bucket names: 3 to 63\
                         lower-case letters, digits, dots and hyphens)
                          line 7: stg.region is set twice (also on line 6)
                          line 8: "s3://Bad_Bucket" is not an s3://bucket/prefix URL (bucket names: 3 to 63\
                         lower-case letters, digits, dots and hyphens)
                          line 9: endpoint "localhost:9000" is not an http:// or https:// URL
                          line 10: qa.profile has no value
                          line 10: environment qa has no qa.secure-migrations=s3://bucket/prefix""");
    }

    @Test
    void aCommentAfterAValueIsRefusedWithItsLineInsteadOfBecomingPartOfTheValue() {
        assertThatThrownBy(() -> Environments.parse("envs", List.of(
                "# stg",
                "stg.secure-migrations=s3://stg-bucket/secure-migrations   # required",
                "stg.region=us-gov-west-1 # optional",
                "stg.endpoint=http://localhost:9000\t# optional: an S3-compatible server")))
                .isInstanceOf(UserException.class)
                .hasMessage("""
                        Environments file envs has 3 problems:
                          line 2: stg.secure-migrations has a comment after its value ("s3://stg-bucket/secure-migrations\
                           # required"); put the comment on a line of its own, starting with #
                          line 3: stg.region has a comment after its value ("us-gov-west-1 # optional"); put the comment\
                         on a line of its own, starting with #
                          line 4: stg.endpoint has a comment after its value ("http://localhost:9000\t# optional: an\
                         S3-compatible server"); put the comment on a line of its own, starting with #""");
    }

    @Test
    void aHashInsideAValueIsPartOfIt() {
        Environments environments = Environments.parse("envs", List.of("stg.secure-migrations=s3://stg-bucket/a#b"));

        assertThat(environments.get("stg").secureMigrations()).isEqualTo(new S3Prefix("stg-bucket", "a#b"));
    }

    @Test
    void theReadmeExampleSetsEveryKeyToItsValue() throws IOException {
        Matcher example = Pattern.compile("```properties\n(.*?)```", Pattern.DOTALL)
                .matcher(Files.readString(Path.of("../README.md")));
        assertThat(example.find()).as("a properties example in README.md").isTrue();

        Environment stg = Environments.parse("README.md", example.group(1).lines().toList()).get("stg");

        assertThat(stg).isEqualTo(new Environment("stg", new S3Prefix("my-stg-secure-migrations-bucket", "secure-migrations"),
                "us-gov-west-1", URI.create("http://localhost:9000"), "milmove-stg"));
        assertThat(stg.url("20250101000000_x.up.sql"))
                .isEqualTo("s3://my-stg-secure-migrations-bucket/secure-migrations/20250101000000_x.up.sql");
    }

    @Test
    void anEmptyFileIsAnError() {
        assertThatThrownBy(() -> Environments.parse("envs", List.of("# nothing yet")))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("envs defines no environment");
    }

    @Test
    void aMissingFileNamesTheOption() {
        assertThatThrownBy(() -> Environments.read(Path.of("no/such/environments.properties")))
                .isInstanceOf(UserException.class)
                .hasMessage("Environments file not found: no/such/environments.properties;"
                        + " pass it with --environments-file (ENVIRONMENTS_FILE).");
    }

    @Test
    void theShippedFileHasTheFiveMilMoveEnvironmentsAsPlaceholders() {
        Environments shipped = Environments.read(Path.of("../config/environments.properties"));

        assertThat(shipped.names()).containsExactly("demo", "exp", "stg", "prd", "loadtest");
        assertThat(shipped.select(null)).allSatisfy(e -> {
            assertThat(e.secureMigrations().bucket()).endsWith("-placeholder");
            assertThat(e.region()).isEqualTo("us-gov-west-1");
        });
    }
}
