<%@ page contentType="text/html; charset=UTF-8" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<c:set var="pageTitle" value="Home"/>
<%@ include file="header.jspf" %>
<c:if test="${param.disconnected != null}">
    <p class="notice" id="disconnected">The company was disconnected: its tokens were revoked at Visma and deleted here.</p>
</c:if>
<section class="hero">
    <h1>Your Visma eAccounting companies, at a glance</h1>
    <p>Connect a company once; this app then reads its settings and customers, lets you add a customer, and a
        background job keeps them fresh without anybody signed in. Sign-in, tokens and their refresh are the extension's work.</p>
    <a class="button big" id="connect" href="${ctx}/visma/signin?return=${ctx}/company">Connect with Visma eAccounting</a>
</section>

<c:if test="${empty caller}">
<section>
    <h2>Your companies</h2>
    <p class="muted" id="sign-in-to-see">Sign in to see the companies you connected and what the background job
        found in them.</p>
</section>
</c:if>
<c:if test="${not empty caller}">
<section>
    <h2>Your connected companies</h2>
    <c:choose>
        <c:when test="${empty connections}">
            <p class="muted" id="no-connections">No company is connected yet.</p>
        </c:when>
        <c:otherwise>
            <table id="connections">
                <thead><tr><th>Company</th><th>Status</th><th>Tokens last written</th></tr></thead>
                <tbody>
                <c:forEach var="connection" items="${connections}">
                    <tr>
                        <td><c:out value="${connection.companyName()}"/></td>
                        <td>
                            <c:choose>
                                <c:when test="${connection.status() == 'ACTIVE'}"><span class="status ok">Connected</span></c:when>
                                <c:when test="${connection.status() == 'REAUTHENTICATION_REQUIRED'}">
                                    <span class="status warn">Needs a new sign-in</span>
                                    <a href="${ctx}/visma/signin?login=true&amp;pick-company=true&amp;return=${ctx}/company">Reconnect</a>
                                </c:when>
                                <c:otherwise><span class="status"><c:out value="${connection.status()}"/></span></c:otherwise>
                            </c:choose>
                        </td>
                        <td><c:out value="${time.of(connection.updatedAt())}"/></td>
                    </tr>
                </c:forEach>
                </tbody>
            </table>
        </c:otherwise>
    </c:choose>
</section>

<section>
    <h2>Background job</h2>
    <p class="muted">Every <c:out value="${time.every(job.interval())}"/>, for each connected company, with nobody signed in;
        here, what it found in yours.</p>
    <c:set var="lastRun" value="${job.lastRun().orElse(null)}"/>
    <c:choose>
        <c:when test="${empty lastRun}">
            <p id="job-never">It has not run yet.</p>
        </c:when>
        <c:otherwise>
            <p id="job-last-run">Last run: <c:out value="${time.of(lastRun)}"/></p>
            <c:if test="${empty checks}">
                <p class="muted" id="job-nothing">None of your companies was read.</p>
            </c:if>
            <c:if test="${not empty checks}">
            <table id="job-checks">
                <thead><tr><th>Company</th><th>Result</th><th>At</th></tr></thead>
                <tbody>
                <c:forEach var="check" items="${checks}">
                    <tr>
                        <td><c:out value="${check.companyName()}"/></td>
                        <td><c:out value="${check.ok() ? 'read its settings' : check.problem()}"/></td>
                        <td><c:out value="${time.of(check.checkedAt())}"/></td>
                    </tr>
                </c:forEach>
                </tbody>
            </table>
            </c:if>
        </c:otherwise>
    </c:choose>
</section>
</c:if>
<%@ include file="footer.jspf" %>
