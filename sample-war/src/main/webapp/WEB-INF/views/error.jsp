<%@ page contentType="text/html; charset=UTF-8" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<c:set var="pageTitle" value="${problem.title()}"/>
<%@ include file="header.jspf" %>
<section class="problem">
    <h1 id="problem-title"><c:out value="${problem.title()}"/></h1>
    <p id="problem-advice"><c:out value="${problem.advice()}"/></p>
    <c:if test="${not empty problem.messageId()}">
        <p class="muted">Message ID <code id="problem-id"><c:out value="${problem.messageId()}"/></code>: docs/reference/messages.md
            in the project explains it.</p>
    </c:if>
    <p>
        <c:if test="${problem.signInAgain()}">
            <a class="button" id="sign-in-again" href="${ctx}/visma/signin?login=true&amp;pick-company=true&amp;return=${ctx}/company">Sign in again</a>
        </c:if>
        <a class="button quiet" href="${ctx}/">Home</a>
    </p>
</section>
<%@ include file="footer.jspf" %>
