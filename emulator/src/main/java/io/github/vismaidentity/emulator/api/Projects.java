package io.github.vismaidentity.emulator.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Projects ({@code ProjectApi}): a company's seeded projects and the rules of creating one: {@code Number}
 * (at most 9 characters, unique), {@code Name} (at most 200) and {@code Status} (1 ongoing, 2 finished)
 * required, an existing customer when {@code CustomerId} is given.
 */
final class Projects {

    private static final List<String> SEEDED = List.of("Ny webbplats", "Kontorsflytt", "Årsbokslut",
            "Byte av ekonomisystem", "Vårkampanj");

    private Projects() {
    }

    /** Five projects, numbered from 1, the first three for a customer, the last finished. */
    static List<Map<String, Object>> seed(String companyId, List<Map<String, Object>> customers, LocalDate today) {
        List<Map<String, Object>> projects = new ArrayList<>();
        for (int index = 0; index < SEEDED.size(); index++) {
            Map<String, Object> project = new LinkedHashMap<>();
            project.put("Id", JsonValues.stableId(companyId, "project", index + 1));
            project.put("Number", String.valueOf(index + 1));
            project.put("Name", SEEDED.get(index));
            LocalDate start = today.minusMonths(2L * (SEEDED.size() - index));
            project.put("StartDate", JsonValues.date(start));
            if (index == SEEDED.size() - 1) {
                project.put("EndDate", JsonValues.date(start.plusMonths(1)));
            }
            if (index < 3 && index < customers.size()) {
                project.put("CustomerId", customers.get(index).get("Id"));
                project.put("CustomerName", customers.get(index).get("Name"));
            }
            project.put("Status", index == SEEDED.size() - 1 ? 2 : 1);
            project.put("ModifiedUtc", JsonValues.timestamp(start));
            projects.add(project);
        }
        return projects;
    }

    static Optional<Map<String, Object>> create(Map<String, Object> body, Checks checks,
                                                Collection<Map<String, Object>> existing,
                                                Function<String, Optional<Map<String, Object>>> customers,
                                                String id, Instant now, LocalDate today) {
        Map<String, Object> project = new LinkedHashMap<>();
        project.put("Id", id);
        checks.requiredText(body, "", "Number", 9).ifPresent(number -> {
            checks.unique("Number", number, existing, "project");
            project.put("Number", number);
        });
        checks.requiredText(body, "", "Name", 200).ifPresent(name -> project.put("Name", name));
        project.put("StartDate", JsonValues.date(checks.date(body, "", "StartDate").orElse(today)));
        checks.date(body, "", "EndDate").ifPresent(end -> project.put("EndDate", JsonValues.date(end)));
        checks.id(body, "", "CustomerId", false).ifPresent(customerId -> customers.apply(customerId).ifPresentOrElse(
                customer -> {
                    project.put("CustomerId", customer.get("Id"));
                    project.put("CustomerName", customer.get("Name"));
                },
                () -> checks.notFound("CustomerId", customerId, "customer")));
        checks.text(body, "", "Notes", 500).ifPresent(notes -> project.put("Notes", notes));
        checks.whole(body, "", "Status", 1, 2, true).ifPresent(status -> project.put("Status", status));
        project.put("ModifiedUtc", JsonValues.timestamp(now));
        return checks.ok() ? Optional.of(project) : Optional.empty();
    }
}
