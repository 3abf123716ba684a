package io.github.vismaidentity.emulator.http;

import java.io.IOException;

/** Handles the requests of one endpoint. */
@FunctionalInterface
public interface Handler {

    /** Answers the call, or throws the problem the {@link Router} renders in the endpoint's style. */
    void handle(HttpCall call) throws IOException, HttpProblem;
}
