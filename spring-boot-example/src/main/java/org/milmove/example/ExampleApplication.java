package org.milmove.example;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A service whose database is migrated at start-up with MilMove's migrations: the starter on the classpath and the
 * {@code milmove.migrations.*} properties of {@code application.properties} are all it takes.
 */
@SpringBootApplication
public class ExampleApplication {
    public static void main(String[] args) {
        SpringApplication.run(ExampleApplication.class, args);
    }
}
