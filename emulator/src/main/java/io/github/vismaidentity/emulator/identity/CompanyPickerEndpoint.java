package io.github.vismaidentity.emulator.identity;

import io.github.vismaidentity.emulator.directory.Company;
import io.github.vismaidentity.emulator.http.FormParameters;
import io.github.vismaidentity.emulator.http.Handler;
import io.github.vismaidentity.emulator.http.HttpCall;
import io.github.vismaidentity.emulator.http.HttpProblem;
import java.io.IOException;
import java.util.Optional;

/** {@code /account/company}: the signed-in user picks one of their companies (form field {@code company}). */
final class CompanyPickerEndpoint implements Handler {

    private final PendingAuthorizations pending;
    private final SignInCompletion completion;

    CompanyPickerEndpoint(PendingAuthorizations pending, SignInCompletion completion) {
        this.pending = pending;
        this.completion = completion;
    }

    @Override
    public void handle(HttpCall call) throws IOException, HttpProblem {
        if (call.method().equals("GET")) {
            PendingAuthorization request = signedIn(pending.get(call.query().get("request").orElse(null)));
            call.html(200, LoginPages.picker(request.id(), request.signedIn().user(), null));
            return;
        }
        if (!call.method().equals("POST")) {
            throw new HttpProblem(405, "invalid_request", "Use GET for the picker and POST to choose");
        }
        FormParameters form = call.form();
        PendingAuthorization request = signedIn(pending.get(form.get("request").orElse(null)));
        Optional<Company> company = form.get("company").flatMap(id -> request.signedIn().user().company(id));
        if (company.isEmpty()) {
            call.html(400, LoginPages.picker(request.id(), request.signedIn().user(), "Choose one of your companies."));
            return;
        }
        completion.complete(call, pending.take(request.id()), company.get());
    }

    private static PendingAuthorization signedIn(PendingAuthorization request) throws HttpProblem {
        if (request.signedIn() == null) {
            throw HttpProblem.invalidRequest("Sign in before choosing a company.");
        }
        return request;
    }
}
