package cn.nanhu.talent.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.nanhu.talent.common.Pii;
import cn.nanhu.talent.support.Api;
import cn.nanhu.talent.support.Employers;
import cn.nanhu.talent.support.Seekers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The backup and restore drill of {@code ops/backup-drill.sh}, run by the suite on PostgreSQL: the
 * database is dumped with pg_dump while the service runs, restored with pg_restore into a fresh
 * database, and the copy must hold the same rows in every table, and every sealed field (openids,
 * phones, ID numbers) must still open with the service's key. On the embedded database there is
 * nothing to dump, and the test says so.
 */
@QuarkusTest
class BackupRestoreDrillTest {

    private static final String RESTORED = "nanhu_drill_restore";

    @Inject
    Pii pii;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @Test
    void a_dump_restored_into_a_fresh_database_has_every_row_and_every_sealed_field_opens() throws Exception {
        assumeTrue(dbKind.equals("postgresql"), "the drill runs on PostgreSQL (./mvnw verify -Ppostgres)");
        assumeTrue(onPath("pg_dump") && onPath("pg_restore"), "pg_dump and pg_restore are not installed");

        // personal data in every sealed column: openid and phone, ID number, an employer's contact phone
        Api.Session seeker = Seekers.registered(Api.unique("drill-"), "13600005678");
        Map<String, Object> profile = Seekers.profile("沈一");
        profile.put("idNumber", "330402199003071237");
        profile.put("idNumberConsent", true);
        seeker.as().contentType(ContentType.JSON).body(profile).when().put(Seekers.PROFILE).then().statusCode(200);
        Employers.approved(Api.unique("drill-emp-"));

        Path dump = Files.createDirectories(Path.of("target", "drill")).resolve("nanhu.dump");
        String database = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        run("pg_dump", "-h", "127.0.0.1", "-U", user, "-Fc", "-f", dump.toString(), database);
        Map<String, Long> source = counts(url);

        String admin = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
        try (Connection c = DriverManager.getConnection(admin, user, ""); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + RESTORED);
            s.execute("create database " + RESTORED);
        }
        try {
            run("pg_restore", "-h", "127.0.0.1", "-U", user, "--no-owner", "-d", RESTORED, dump.toString());
            String restoredUrl = url.substring(0, url.lastIndexOf('/') + 1) + RESTORED;

            assertThat(counts(restoredUrl)).as("rows per table in the restored copy").isEqualTo(source);
            assertThat(source.get("app_user")).isPositive();

            List<String> opened = new ArrayList<>();
            try (Connection c = DriverManager.getConnection(restoredUrl, user, "")) {
                for (String[] column : new String[][] {{"app_user", "openid_enc"}, {"app_user", "phone_enc"},
                        {"employer", "contact_phone_enc"}, {"seeker_profile", "id_number_sealed"}}) {
                    try (Statement s = c.createStatement();
                            ResultSet rs = s.executeQuery("select " + column[1] + " from " + column[0] + " where " + column[1] + " is not null")) {
                        int n = 0;
                        while (rs.next()) {
                            opened.add(pii.decrypt(rs.getString(1)));
                            n++;
                        }
                        assertThat(n).as(column[0] + "." + column[1] + " holds sealed values").isPositive();
                    }
                }
            }
            assertThat(opened).contains("13600005678", "330402199003071237").doesNotContainNull();
        } finally {
            try (Connection c = DriverManager.getConnection(admin, user, ""); Statement s = c.createStatement()) {
                s.execute("drop database if exists " + RESTORED);
            }
        }
    }

    private static Map<String, Long> counts(String jdbcUrl) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
            List<String> tables = new ArrayList<>();
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from \"" + table + "\"")) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        return counts;
    }

    private static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Path log = Files.createTempFile("drill", ".log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as(command[0] + " finished").isTrue();
        assertThat(p.exitValue()).as(command[0] + ": " + Files.readString(log)).isZero();
    }
}
