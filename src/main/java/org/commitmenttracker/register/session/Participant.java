package org.commitmenttracker.register.session;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.commitmenttracker.register.catalogue.PartyCodes;

/** Who took part and in what role; {@code roleRu} is the role in Russian, for Russian pages (optional). */
public record Participant(
        @NotBlank @Size(max = 200) String person,
        @NotBlank @Size(max = 200) String role,

        @NotBlank @Pattern(regexp = PartyCodes.PATTERN, message = PartyCodes.MESSAGE)
        String party,

        @Size(max = 200) String roleRu,
        @Size(max = 200) String personRu) {
    /** Without the person's name in Russian (events stored before it existed load with none). */
    public Participant(String person, String role, String party, String roleRu) {
        this(person, role, party, roleRu, null);
    }

    /** Without a Russian role (events stored before it existed load with none). */
    public Participant(String person, String role, String party) {
        this(person, role, party, null);
    }
}
