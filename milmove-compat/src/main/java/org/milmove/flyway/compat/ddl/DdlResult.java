package org.milmove.flyway.compat.ddl;

/** One DDL file that ran: its phase, file name and how long it took. */
public record DdlResult(String phase, String file, long millis) {
}
