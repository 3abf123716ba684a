package io.github.vismaidentity.eaccounting.support;

import io.github.vismaidentity.VismaAccessToken;
import io.github.vismaidentity.VismaConnection;
import io.github.vismaidentity.VismaTokens;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A {@link VismaTokens} that hands out another's tokens changed by the test: without their scopes (as a token whose
 * set's scopes are not known), or replacing a rejected token with one the API refuses too.
 */
public final class ForwardingTokens implements VismaTokens {

    private final VismaTokens delegate;
    private final UnaryOperator<VismaAccessToken> handedOut;
    private final UnaryOperator<VismaAccessToken> replacement;

    private ForwardingTokens(VismaTokens delegate, UnaryOperator<VismaAccessToken> handedOut,
            UnaryOperator<VismaAccessToken> replacement) {
        this.delegate = delegate;
        this.handedOut = handedOut;
        this.replacement = replacement;
    }

    /** {@code delegate}'s tokens with no scopes: the client cannot check them and leaves it to the API. */
    public static ForwardingTokens withUnknownScopes(VismaTokens delegate) {
        UnaryOperator<VismaAccessToken> strip = token -> new VismaAccessToken(token.value(), token.expiresAt(),
                token.subject(), token.companyId(), token.companyName());
        return new ForwardingTokens(delegate, strip, strip);
    }

    /** {@code delegate}'s tokens; a rejected one is "replaced" by a token the API does not know either. */
    public static ForwardingTokens replacingWithAnUnknownToken(VismaTokens delegate) {
        return new ForwardingTokens(delegate, UnaryOperator.identity(), rejected -> new VismaAccessToken(
                "not-a-token-visma-knows", rejected.expiresAt(), rejected.subject(), rejected.companyId(),
                rejected.companyName(), String.join(" ", rejected.scopes())));
    }

    @Override
    public VismaAccessToken forCompany(String companyId) {
        return handedOut.apply(delegate.forCompany(companyId));
    }

    @Override
    public VismaAccessToken forUser(String subject, String companyId) {
        return handedOut.apply(delegate.forUser(subject, companyId));
    }

    @Override
    public VismaAccessToken replaceRejected(VismaAccessToken rejected) {
        return replacement.apply(rejected);
    }

    @Override
    public List<VismaConnection> connections() {
        return delegate.connections();
    }

    @Override
    public boolean disconnect(String subject, String companyId) {
        return delegate.disconnect(subject, companyId);
    }
}
