package org.milmove.cli.pricing;

import org.milmove.flyway.resolver.MigrationLocation.S3Prefix;
import org.milmove.flyway.resolver.S3Failures;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

/**
 * Where the task puts a workbook's reports, {@code <name>.report.txt} and {@code <name>.report.html}: next to the
 * workbook, or under {@code --report-to}. They hold sample prices, so they are encrypted at rest like secure migrations.
 */
final class TaskReports {
    private final S3Client s3;
    private final S3Prefix folder;

    TaskReports(S3Client s3, S3Prefix folder) {
        this.s3 = s3;
        this.folder = folder;
    }

    /**
     * @return the HTML report's URL
     * @throws org.milmove.flyway.resolver.S3AccessException when S3 refuses a write
     */
    String write(String workbookName, String text, String html) {
        String base = workbookName.substring(0, workbookName.length() - ".xlsx".length()) + ".report";
        put(base + ".txt", "text/plain; charset=utf-8", text);
        return put(base + ".html", "text/html; charset=utf-8", html);
    }

    private String put(String name, String contentType, String content) {
        String url = folder.url(name);
        try {
            s3.putObject(p -> p.bucket(folder.bucket()).key(folder.key(name)).contentType(contentType)
                    .serverSideEncryption(ServerSideEncryption.AES256), RequestBody.fromString(content));
        } catch (SdkException e) {
            throw S3Failures.explain(e, url, S3Failures.Access.WRITE);
        }
        return url;
    }
}
