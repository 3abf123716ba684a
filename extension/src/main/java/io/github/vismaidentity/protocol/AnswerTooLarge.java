package io.github.vismaidentity.protocol;

import java.io.IOException;
import java.net.URI;

/** An answer from Visma was larger than {@link VismaHttp#MAX_BODY_BYTES}; its body was not read further. */
final class AnswerTooLarge extends IOException {

    private static final long serialVersionUID = 1L;

    AnswerTooLarge(URI from, int limit) {
        super("The answer from " + from.getScheme() + "://" + from.getAuthority() + from.getPath()
                + " is larger than " + limit / 1024 + " KiB; Visma's answers are a few KB. Check that the URL "
                + "leads to Visma, and any proxy between.");
    }

    /** The transient failure ({@value VismaHttp#TOO_LARGE}, page 502) a sign-in or refresh reports. */
    SignInFailure failure() {
        return SignInFailure.transientFailure(VismaHttp.TOO_LARGE, getMessage(), 502);
    }
}
