package io.github.vismaidentity.emulator.identity;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.oauth2.sdk.GrantType;
import com.nimbusds.oauth2.sdk.ResponseMode;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.openid.connect.sdk.Prompt;
import com.nimbusds.openid.connect.sdk.SubjectType;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import io.github.vismaidentity.emulator.control.Endpoint;
import io.github.vismaidentity.emulator.http.Handler;
import io.github.vismaidentity.emulator.http.HttpCall;
import io.github.vismaidentity.emulator.keys.SigningKeys;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** The discovery document and the JWKS, at IdentityServer's paths. */
final class DiscoveryEndpoints {

    private final Issuer issuer;
    private final URI base;
    private final SigningKeys keys;

    DiscoveryEndpoints(Issuer issuer, URI base, SigningKeys keys) {
        this.issuer = issuer;
        this.base = base;
        this.keys = keys;
    }

    Handler discovery() {
        String document = metadata().toJSONObject().toJSONString();
        return call -> call.json(200, document);
    }

    Handler jwks() {
        return (HttpCall call) -> call.json(200, keys.publicJwks().toString(true));
    }

    private OIDCProviderMetadata metadata() {
        OIDCProviderMetadata metadata = new OIDCProviderMetadata(issuer, List.of(SubjectType.PUBLIC),
                at(Endpoint.JWKS));
        metadata.setAuthorizationEndpointURI(at(Endpoint.AUTHORIZE));
        metadata.setTokenEndpointURI(at(Endpoint.TOKEN));
        metadata.setUserInfoEndpointURI(at(Endpoint.USERINFO));
        metadata.setEndSessionEndpointURI(at(Endpoint.END_SESSION));
        metadata.setRevocationEndpointURI(at(Endpoint.REVOCATION));
        List<String> scopes = new ArrayList<>(VismaScopes.MANDATORY);
        scopes.addAll(VismaScopes.SELECTABLE);
        metadata.setScopes(new Scope(scopes.stream().sorted().toArray(String[]::new)));
        metadata.setResponseTypes(List.of(ResponseType.CODE));
        metadata.setResponseModes(List.of(ResponseMode.QUERY));
        metadata.setGrantTypes(List.of(GrantType.AUTHORIZATION_CODE, GrantType.REFRESH_TOKEN));
        metadata.setTokenEndpointAuthMethods(List.of(ClientAuthenticationMethod.CLIENT_SECRET_BASIC,
                ClientAuthenticationMethod.CLIENT_SECRET_POST));
        metadata.setRevocationEndpointAuthMethods(List.of(ClientAuthenticationMethod.CLIENT_SECRET_BASIC,
                ClientAuthenticationMethod.CLIENT_SECRET_POST));
        metadata.setIDTokenJWSAlgs(List.of(JWSAlgorithm.RS256));
        metadata.setCodeChallengeMethods(List.of(CodeChallengeMethod.S256));
        metadata.setClaims(List.of("sub", "name", "email", "preferred_username", "auth_time", "idp", "amr"));
        metadata.setPromptTypes(List.of(Prompt.Type.NONE, Prompt.Type.LOGIN, Prompt.Type.SELECT_ACCOUNT));
        metadata.setSupportsAuthorizationResponseIssuerParam(true);
        metadata.setSupportsFrontChannelLogout(false);
        return metadata;
    }

    private URI at(Endpoint endpoint) {
        return base.resolve(endpoint.path());
    }
}
