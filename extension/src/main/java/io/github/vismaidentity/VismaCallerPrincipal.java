package io.github.vismaidentity;

import jakarta.security.enterprise.CallerPrincipal;

import java.util.Objects;

/**
 * The signed-in Visma user, as {@code HttpServletRequest.getUserPrincipal()} and
 * {@code SecurityContext.getCallerPrincipal()} return it. {@link #getName()} is the claim configured by
 * {@value VismaIdentityDefinition#CALLER_NAME_CLAIM} ({@code sub} by default); the subject and the company
 * identify the user's token set.
 *
 * <pre>{@code
 * if (securityContext.getCallerPrincipal() instanceof VismaCallerPrincipal visma) {
 *     String company = visma.getCompanyName();
 * }
 * }</pre>
 */
public final class VismaCallerPrincipal extends CallerPrincipal {

    private static final long serialVersionUID = 1L;

    /** The Visma user's {@code sub}. */
    private final String subject;
    /** The company the session signed in to. */
    private final String companyId;
    /** The company's name, possibly empty. */
    private final String companyName;

    /**
     * The extension makes one at each sign-in; applications read it.
     *
     * @param name        the caller's name: the configured claim's value ({@code sub} by default)
     * @param subject     the Visma user's {@code sub}
     * @param companyId   the company signed in to
     * @param companyName the company's name, empty when not known
     */
    public VismaCallerPrincipal(String name, String subject, String companyId, String companyName) {
        super(Objects.requireNonNull(name, "name"));
        this.subject = Objects.requireNonNull(subject, "subject");
        this.companyId = Objects.requireNonNull(companyId, "companyId");
        this.companyName = Objects.requireNonNull(companyName, "companyName");
    }

    /**
     * The Visma user.
     *
     * @return the user's {@code sub}, a GUID that never changes
     */
    public String getSubject() {
        return subject;
    }

    /**
     * The company this session signed in to.
     *
     * @return Visma's {@code CompanyIdentifier}, a GUID
     */
    public String getCompanyId() {
        return companyId;
    }

    /**
     * The company's name.
     *
     * @return the name; empty when the granted scopes could not read it
     */
    public String getCompanyName() {
        return companyName;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VismaCallerPrincipal that && getName().equals(that.getName())
                && subject.equals(that.subject) && companyId.equals(that.companyId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(getName(), subject, companyId);
    }

    @Override
    public String toString() {
        return "VismaCallerPrincipal[name=" + getName() + ", subject=" + subject + ", companyId=" + companyId
                + ", companyName=" + companyName + "]";
    }
}
