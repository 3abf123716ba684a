<%@ page contentType="text/html; charset=UTF-8" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<c:set var="pageTitle" value="Company"/>
<%@ include file="header.jspf" %>
<section>
    <h1 id="company-name"><c:out value="${settings.name()}"/></h1>
    <dl class="facts">
        <dt>CompanyIdentifier</dt><dd id="company-identifier"><c:out value="${settings.companyIdentifier()}"/></dd>
        <dt>Country</dt><dd><c:out value="${settings.countryCode()}"/></dd>
        <dt>Signed in as</dt><dd id="user-name"><c:out value="${userName}"/> <span class="muted">(Visma user <c:out value="${caller.subject}"/>)</span></dd>
        <dt>Access token valid until</dt><dd id="token-expiry"><c:out value="${time.of(tokenExpiresAt)}"/> (refreshed by the extension when needed)</dd>
    </dl>
    <p class="muted">Read from <code>/v2/companysettings</code> and <code>/v2/users</code> by the typed eAccounting client,
        which you inject; it calls with your <code>@VismaToken</code>.</p>
    <p><a class="button" href="${ctx}/customers">See the customers</a>
        <a class="button quiet" href="${ctx}/customers/new">New customer</a></p>
</section>

<section class="danger">
    <h2>Disconnect</h2>
    <p>Revokes this app's access to <c:out value="${settings.name()}"/> at Visma, deletes its tokens here, and signs you out.</p>
    <form method="post" action="${ctx}/disconnect">
        <input type="hidden" name="csrf" value="${csrf}">
        <button class="danger" id="disconnect" type="submit">Disconnect <c:out value="${settings.name()}"/></button>
    </form>
</section>
<%@ include file="footer.jspf" %>
