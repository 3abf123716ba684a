package io.github.vismaidentity.emulator.http;

import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import java.io.IOException;

/** How an endpoint tells a client that its request was refused. */
@FunctionalInterface
public interface ProblemRenderer {

    void render(HttpCall call, HttpProblem problem) throws IOException;

    /** RFC 6749 section 5.2: {@code {"error": ..., "error_description": ...}}. */
    ProblemRenderer OAUTH = (call, problem) -> call.send(new TokenErrorResponse(
            new ErrorObject(problem.error(), problem.description(), problem.status())).toHTTPResponse());

    /** An HTML page for a person in a browser. */
    ProblemRenderer PAGE = (call, problem) -> call.html(problem.status(), Html.page("Sign-in problem",
            "<p class=\"error\" role=\"alert\">" + Html.escape(problem.description()) + "</p>"));
}
