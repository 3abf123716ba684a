<%@ page contentType="text/html; charset=UTF-8" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<c:set var="pageTitle" value="New customer"/>
<%@ include file="header.jspf" %>
<section>
    <h1>New customer of <c:out value="${caller.companyName}"/></h1>
    <p class="muted">Created at Visma with <code>customers().create(...)</code>; what is required and how long a value
        may be is Visma's to say, and its answer shows next to the field.</p>
    <c:if test="${not empty errors.others()}">
        <div class="form-errors" id="form-errors">
            <p>Visma refused the customer:</p>
            <ul><c:forEach var="message" items="${errors.others()}"><li><c:out value="${message}"/></li></c:forEach></ul>
        </div>
    </c:if>
    <c:if test="${errors.any() and empty errors.others()}">
        <p class="form-errors" id="form-errors">Visma refused the customer: see the fields marked below.</p>
    </c:if>
    <%-- novalidate: the browser checks nothing, so that Visma's rules are the ones the user meets. --%>
    <form method="post" action="${ctx}/customers/new" id="new-customer" class="fields" novalidate>
        <input type="hidden" name="csrf" value="${csrf}">
        <c:set var="field" value="Name"/><c:set var="label" value="Name"/><c:set var="value" value="${form.name()}"/>
        <%@ include file="customer-field.jspf" %>
        <c:set var="field" value="EmailAddress"/><c:set var="label" value="Email (for invoices)"/><c:set var="value" value="${form.emailAddress()}"/>
        <%@ include file="customer-field.jspf" %>
        <c:set var="field" value="InvoiceAddress1"/><c:set var="label" value="Address"/><c:set var="value" value="${form.invoiceAddress1()}"/>
        <%@ include file="customer-field.jspf" %>
        <c:set var="field" value="InvoicePostalCode"/><c:set var="label" value="Postal code"/><c:set var="value" value="${form.invoicePostalCode()}"/>
        <%@ include file="customer-field.jspf" %>
        <c:set var="field" value="InvoiceCity"/><c:set var="label" value="City"/><c:set var="value" value="${form.invoiceCity()}"/>
        <%@ include file="customer-field.jspf" %>
        <div class="field<c:if test="${not empty errors.of('TermsOfPaymentId')}"> invalid</c:if>">
            <label for="TermsOfPaymentId">Terms of payment</label>
            <select id="TermsOfPaymentId" name="TermsOfPaymentId">
                <option value="">Choose&hellip;</option>
                <c:forEach var="terms" items="${termsOfPayment}">
                    <option value="${terms.id()}"<c:if test="${form.termsOfPaymentId() == terms.id().toString()}"> selected</c:if>><c:out value="${terms.name()}"/></option>
                </c:forEach>
            </select>
            <c:if test="${not empty errors.of('TermsOfPaymentId')}">
                <span class="field-error" id="error-TermsOfPaymentId"><c:forEach var="message" items="${errors.of('TermsOfPaymentId')}"><c:out value="${message}"/> </c:forEach></span>
            </c:if>
        </div>
        <div class="field checks">
            <label><input type="checkbox" id="IsPrivatePerson" name="IsPrivatePerson"<c:if test="${form.privatePerson()}"> checked</c:if>> A private person</label>
            <label><input type="checkbox" id="IsActive" name="IsActive"<c:if test="${form.active()}"> checked</c:if>> Active</label>
            <c:forEach var="flag" items="IsPrivatePerson,IsActive">
                <c:if test="${not empty errors.of(flag)}">
                    <span class="field-error" id="error-${flag}"><c:forEach var="message" items="${errors.of(flag)}"><c:out value="${message}"/> </c:forEach></span>
                </c:if>
            </c:forEach>
        </div>
        <p>
            <button id="create" type="submit">Create the customer</button>
            <a class="button quiet" href="${ctx}/customers">Cancel</a>
        </p>
    </form>
</section>
<%@ include file="footer.jspf" %>
