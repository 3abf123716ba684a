<%@ page contentType="text/html; charset=UTF-8" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<c:set var="pageTitle" value="Customers"/>
<%@ include file="header.jspf" %>
<c:set var="meta" value="${customers.meta()}"/>
<section>
    <h1>Customers of <c:out value="${caller.companyName}"/></h1>
    <c:if test="${not empty createdCustomer}">
        <p class="notice" id="created">Customer <c:out value="${createdCustomer.customerNumber()}"/>,
            <c:out value="${createdCustomer.name()}"/>, was created at Visma.</p>
    </c:if>
    <form class="search" method="get" action="${ctx}/customers">
        <input type="text" id="name-search" name="name" value="<c:out value="${name}"/>" placeholder="Name contains&hellip;">
        <button class="quiet" id="search" type="submit">Search</button>
        <a class="button" id="new-customer" href="${ctx}/customers/new">New customer</a>
    </form>
    <p class="muted" id="customer-count"><c:out value="${meta.totalNumberOfResults()}"/> customers<c:if
            test="${not empty name}"> whose name contains &ldquo;<c:out value="${name}"/>&rdquo;</c:if>, page
        <c:out value="${meta.currentPage()}"/> of <c:out value="${meta.totalNumberOfPages()}"/>.</p>
    <table id="customers">
        <thead><tr><th>Number</th><th>Name</th><th>Email</th><th>Active</th></tr></thead>
        <tbody>
        <c:forEach var="customer" items="${customers.items()}">
            <tr<c:if test="${not empty createdCustomer and customer.id() eq createdCustomer.id()}"> class="created"</c:if>>
                <td><c:out value="${customer.customerNumber()}"/></td>
                <td><c:out value="${customer.name()}"/></td>
                <td><c:out value="${customer.emailAddress()}"/></td>
                <td><c:out value="${customer.isActive() ? 'yes' : 'no'}"/></td>
            </tr>
        </c:forEach>
        </tbody>
    </table>
    <nav class="pages">
        <c:if test="${meta.currentPage() > 1}">
            <a class="button quiet" id="previous" href="<c:out value="${pageLink}"/>${meta.currentPage() - 1}">Previous</a>
        </c:if>
        <c:if test="${customers.hasNext()}">
            <a class="button quiet" id="next" href="<c:out value="${pageLink}"/>${meta.currentPage() + 1}">Next</a>
        </c:if>
    </nav>
    <p class="muted">Read with <code>customers().list(Query...)</code>: ten a page, and <code>Customers.NAME.contains(...)</code>
        for the search, which the client writes as Visma's <code>$filter</code>.</p>
</section>
<%@ include file="footer.jspf" %>
