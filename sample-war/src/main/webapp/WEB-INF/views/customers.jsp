<%@ page contentType="text/html; charset=UTF-8" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<c:set var="pageTitle" value="Customers"/>
<%@ include file="header.jspf" %>
<section>
    <h1>Customers of <c:out value="${caller.companyName}"/></h1>
    <p class="muted" id="customer-count"><c:out value="${customers.total()}"/> customers, page
        <c:out value="${customers.page()}"/> of <c:out value="${customers.pages()}"/>.</p>
    <table id="customers">
        <thead><tr><th>Number</th><th>Name</th><th>Email</th><th>Active</th></tr></thead>
        <tbody>
        <c:forEach var="customer" items="${customers.customers()}">
            <tr>
                <td><c:out value="${customer.number()}"/></td>
                <td><c:out value="${customer.name()}"/></td>
                <td><c:out value="${customer.email()}"/></td>
                <td><c:out value="${customer.active() ? 'yes' : 'no'}"/></td>
            </tr>
        </c:forEach>
        </tbody>
    </table>
    <nav class="pages">
        <c:if test="${customers.hasPrevious()}">
            <a class="button quiet" id="previous" href="${ctx}/customers?page=${customers.page() - 1}">Previous</a>
        </c:if>
        <c:if test="${customers.hasNext()}">
            <a class="button quiet" id="next" href="${ctx}/customers?page=${customers.page() + 1}">Next</a>
        </c:if>
    </nav>
</section>
<%@ include file="footer.jspf" %>
