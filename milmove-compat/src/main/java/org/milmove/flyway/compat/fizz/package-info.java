/**
 * MilMove's legacy fizz migrations ({@code .up.fizz}) translated to the PostgreSQL text that fizz v1.14.4 writes.
 * Public API: {@link org.milmove.flyway.compat.fizz.Fizz} and {@link org.milmove.flyway.compat.fizz.FizzException};
 * everything else here is internal.
 */
package org.milmove.flyway.compat.fizz;
