package org.milmove.flyway.compat.fizz;

/** Table, column, index and constraint names: quoted as written, and refused where fizz would quote them wrongly. */
final class Identifier {
    private Identifier() {
    }

    /**
     * {@code name}, checked. {@code what} says which name it is in the message, for example "table name".
     *
     * @throws FizzException for an empty name or one with {@code "} or {@code .}
     */
    static String checked(String name, String what, Location at) {
        if (name.isEmpty()) {
            throw at.error("the " + what + " is empty; give a name");
        }
        if (name.contains(".")) {
            // fizz quotes "public.x" as one name in some statements and leaves it bare in others.
            throw at.error("the " + what + " " + Value.quoted(name) + " contains '.'; use a plain name in the public"
                    + " schema, or write the statement with sql(\"...\")");
        }
        if (name.contains("\"")) {
            throw at.error("the " + what + " " + Value.quoted(name) + " contains '\"', which fizz does not escape;"
                    + " use a name without double quotes");
        }
        return name;
    }

    /** {@code "name"}: no escaping and no case change, as fizz writes it. */
    static String quote(String name) {
        return "\"" + name + "\"";
    }
}
