package org.milmove.example;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The service's data, in a table its migrations create; usable once the context has started, migrations applied. */
@Repository
public class People {
    private final JdbcClient jdbc;

    public People(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<String> names() {
        return jdbc.sql("SELECT name FROM people ORDER BY name").query(String.class).list();
    }
}
