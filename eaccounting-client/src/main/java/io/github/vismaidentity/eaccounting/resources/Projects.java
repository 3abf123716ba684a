package io.github.vismaidentity.eaccounting.resources;

import io.github.vismaidentity.eaccounting.Field;
import io.github.vismaidentity.eaccounting.http.ApiCalls;
import io.github.vismaidentity.eaccounting.http.Operation;
import io.github.vismaidentity.eaccounting.model.Project;

import java.util.Objects;
import java.util.UUID;

/**
 * The company's projects ({@code /v2/projects}; reads need any of {@code ea:accounting}, {@code ea:sales},
 * {@code ea:purchase} or their read-only forms, writes {@code ea:accounting}).
 */
public final class Projects extends Listing<Project> {

    /** {@code Name}. */
    public static final Field.Text NAME = Field.string("Name");
    /** {@code Number}. */
    public static final Field.Text NUMBER = Field.string("Number");

    /** Made by {@code EAccountingClient.projects()}. */
    public Projects(ApiCalls calls) {
        super(calls, Operation.PROJECTS_LIST, Project.class);
    }

    /**
     * The project with this id.
     *
     * @throws io.github.vismaidentity.eaccounting.ResourceNotFoundException when the company has none
     */
    public Project get(UUID id) {
        return one(Operation.PROJECTS_GET, Project.class, id);
    }

    /**
     * Creates the project and returns it as Visma stored it (with its id).
     *
     * @throws io.github.vismaidentity.eaccounting.ValidationFailedException naming each field Visma refused
     */
    public Project create(Project project) {
        return calls.send(Operation.PROJECTS_CREATE, Objects.requireNonNull(project, "project"), Project.class);
    }
}
