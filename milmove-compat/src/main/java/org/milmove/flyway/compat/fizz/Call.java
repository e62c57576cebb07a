package org.milmove.flyway.compat.fizz;

import java.util.List;
import java.util.Optional;

/**
 * One command as written, such as {@code add_column("t", "c", "text", {})} or {@code t.Column(...)}; only a top-level
 * call can have a {@code { }} block.
 */
record Call(String name, List<Value> args, Optional<List<Call>> block, Location at) {
}
