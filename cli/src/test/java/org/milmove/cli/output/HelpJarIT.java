package org.milmove.cli.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milmove.cli.CliResult;
import org.milmove.cli.MilmoveProcess;

/** Help, parameter errors and colours from the built jar as a process. */
class HelpJarIT {
    private static final String ESC = "\u001b[";

    @TempDir
    Path dir;

    @Test
    void everyCommandsHelpFitsTheWidthWithWholeSummaries() throws Exception {
        for (String columns : new String[] {null, "60"}) {
            int width = columns == null ? 80 : Integer.parseInt(columns);
            MilmoveProcess milmove = new MilmoveProcess(dir, columns == null ? Map.of() : Map.of("COLUMNS", columns));
            for (List<String> command : commands()) {
                List<String> args = new ArrayList<>(command);
                args.add("--help");
                CliResult help = milmove.run(args.toArray(String[]::new));

                assertThat(help.exitCode()).as(args + "\n" + help.all()).isZero();
                assertThat(help.out().lines()).as(args + " at " + width + " columns")
                        .allSatisfy(line -> assertThat(line.length() <= width || !line.strip().contains(" ")).as(line).isTrue());
            }
        }
    }

    @Test
    void theCommandListShowsFirstSentencesWhole() throws Exception {
        String help = new MilmoveProcess(dir, Map.of()).run("--help").out();

        String list = help.substring(help.indexOf("Commands:"), help.indexOf("Exit codes:")).replaceAll("\\s+", " ");
        assertThat(list).contains("migrate Apply the listed migrations that the database has not applied, in MilMove's"
                + " order: the main manifest, then the DDL phases (types, tables, views, functions: every listed file,"
                + " every time), then the DML manifest. info");
        // Every summary ends a sentence: no word is cut, nothing continues after the command's name list.
        Matcher summary = Pattern.compile("\\n  (\\S+) +(.*?)(?=\\n  \\S|\\n\\n)", Pattern.DOTALL)
                .matcher(help.substring(help.indexOf("Commands:")));
        int summaries = 0;
        while (summary.find() && !summary.group(1).equals("0")) {
            assertThat(summary.group(2).strip()).as(summary.group(1)).endsWith(".");
            summaries++;
        }
        assertThat(summaries).isGreaterThan(10);
    }

    @Test
    void examplesWiderThanTheHelpStayRunnableCommands() throws Exception {
        String help = new MilmoveProcess(dir, Map.of("COLUMNS", "60")).run("--help").out();

        assertThat(help).contains(String.join(System.lineSeparator(), "  # the embedded dev database",
                "  bin/milmove migrate", "  DB_HOST=db.example bin/milmove info",
                "  bin/milmove secure-migration upload \\", "      tmp/20250101000000_update_rates.up.sql \\",
                "      --environment exp,stg"));
    }

    @Test
    void pricingShowsItsOwnExamplesAndHelpCommandPrintsACommandsHelp() throws Exception {
        MilmoveProcess milmove = new MilmoveProcess(dir, Map.of());
        CliResult pricing = milmove.run("pricing", "--help");

        assertThat(pricing.out()).contains("bin/milmove pricing import --filename pricing_template.xlsx")
                .doesNotContain("DB_HOST=db.example");
        CliResult viaHelp = milmove.run("help", "pricing");
        assertThat(viaHelp.exitCode()).isZero();
        assertThat(viaHelp.out()).isEqualTo(pricing.out());
    }

    @Test
    void anUnknownOptionIsOneLineWithTheClosestOptionAndTheHelpHint() throws Exception {
        CliResult result = new MilmoveProcess(dir, Map.of()).run("migrate", "--migration-pth", "x");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("milmove: Unknown options: '--migration-pth', 'x'; did you mean"
                + " --migration-path? See 'milmove migrate --help'." + System.lineSeparator());
    }

    @Test
    void aBadOptionValueIsOneLineToo() throws Exception {
        CliResult result = new MilmoveProcess(dir, Map.of()).run("info", "--db-port", "fifty");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().lines()).containsExactly(
                "milmove: Invalid value for option '--db-port': 'fifty' is not an int. See 'milmove info --help'.");
    }

    @Test
    void coloursOnlyOnATerminalAndNeverWithNoColor() throws Exception {
        assertThat(new MilmoveProcess(dir, Map.of("TERM", "xterm")).run("--help").all()).doesNotContain(ESC);
        assertThat(new MilmoveProcess(dir, Map.of()).run("migrate", "--nope").all()).doesNotContain(ESC);
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "script(1) gives the jar a terminal");

        assertThat(onATerminal(Map.of("TERM", "xterm"), "--help")).contains(ESC);
        assertThat(onATerminal(Map.of("TERM", "xterm", "NO_COLOR", "1"), "--help")).doesNotContain(ESC);
    }

    /** What the jar prints with a pseudo-terminal as stdin, stdout and stderr (script(1)). */
    static String onATerminal(Map<String, String> environment, String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String jar = Path.of(System.getProperty("milmove.jar", "target/milmove.jar")).toAbsolutePath().toString();
        List<String> words = new ArrayList<>(List.of(java, "-jar", jar));
        words.addAll(List.of(args));
        String command = String.join(" ", words.stream().map(word -> "'" + word.replace("'", "'\\''") + "'").toList());
        ProcessBuilder builder = new ProcessBuilder("/usr/bin/script", "-qec", command, "/dev/null");
        builder.environment().putAll(environment);
        builder.redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.PIPE);
        Process process = builder.start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as(out).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        return out;
    }

    /** A few commands with long descriptions, options and examples; HelpLayoutTest covers every command. */
    private static List<List<String>> commands() {
        return List.of(List.of(), List.of("migrate"), List.of("review"), List.of("pricing", "import"),
                List.of("gen", "secure-migration"), List.of("secure-migration", "upload"));
    }
}
