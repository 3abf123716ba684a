package io.github.vismaidentity.eaccounting.contract;

import io.github.vismaidentity.eaccounting.Query;
import io.github.vismaidentity.eaccounting.model.Article;
import io.github.vismaidentity.eaccounting.model.ArticleAccountCoding;
import io.github.vismaidentity.eaccounting.model.Customer;
import io.github.vismaidentity.eaccounting.model.CustomerInvoice;
import io.github.vismaidentity.eaccounting.model.CustomerInvoiceDraft;
import io.github.vismaidentity.eaccounting.model.CustomerInvoiceDraftRow;
import io.github.vismaidentity.eaccounting.model.CustomerInvoiceRow;
import io.github.vismaidentity.eaccounting.model.Project;
import io.github.vismaidentity.eaccounting.model.ProjectStatus;
import io.github.vismaidentity.eaccounting.model.Unit;
import io.github.vismaidentity.eaccounting.resources.ArticleAccountCodings;
import io.github.vismaidentity.eaccounting.resources.Articles;
import io.github.vismaidentity.eaccounting.resources.CustomerInvoiceDrafts;
import io.github.vismaidentity.eaccounting.resources.CustomerInvoices;
import io.github.vismaidentity.eaccounting.resources.Projects;
import io.github.vismaidentity.eaccounting.resources.Units;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Articles, their account codings and units, projects, customer invoice drafts and customer invoices: every typed call against the emulator. */
class SalesContractTest extends ContractTestBase {

    @Test
    void listsGetsAndCreatesArticlesFilteringAndOrderingByEachField() {
        List<Article> all = listsPagesAndGetsById(client.articles()::list, Article::id, client.articles()::get);
        Article like = all.get(0);

        Article created = client.articles().create(Article.builder("PEN-9", "Reservoarpenna", like.codingId(),
                like.unitId()).netPrice(new BigDecimal("149.00")).build());

        assertThat(created.id()).isNotNull();
        assertThat(created.unitName()).isEqualTo(like.unitName());
        assertThat(created.netPrice()).isEqualByComparingTo("149");
        assertThat(client.articles().list(Query.all().where(Articles.NUMBER.eq("PEN-9"))).items())
                .containsExactly(created);
        assertThat(client.articles().get(created.id())).isEqualTo(created);
        assertThat(new FieldContract<>(Article.class, client.articles()::list)
                .checkEveryFieldOf(Articles.class)).isEqualTo(4);
    }

    @Test
    void listsAndGetsArticleAccountCodingsFilteringAndOrderingByEachField() {
        List<ArticleAccountCoding> all = listsPagesAndGetsById(client.articleAccountCodings()::list,
                ArticleAccountCoding::id, client.articleAccountCodings()::get);

        assertThat(all).isNotEmpty().allSatisfy(coding -> {
            assertThat(coding.name()).isNotBlank();
            assertThat(coding.vatRatePercent()).isNotNull();
            assertThat(coding.changedUtc()).isNotNull();
        });
        assertThat(client.articleAccountCodings().stream().toList()).isEqualTo(all);
        assertThat(new FieldContract<>(ArticleAccountCoding.class, client.articleAccountCodings()::list)
                .checkEveryFieldOf(ArticleAccountCodings.class)).isEqualTo(1);
    }

    @Test
    void listsAndGetsUnitsFilteringAndOrderingByEachField() {
        List<Unit> all = listsPagesAndGetsById(client.units()::list, Unit::id, client.units()::get);

        assertThat(all).isNotEmpty().allSatisfy(unit -> assertThat(unit.abbreviation()).isNotBlank());
        assertThat(client.units().stream().toList()).isEqualTo(all);
        assertThat(new FieldContract<>(Unit.class, client.units()::list).checkEveryFieldOf(Units.class)).isEqualTo(1);
    }

    @Test
    void createsAnArticleOnACodingAndAUnitTakenFromTheirLists() {
        ArticleAccountCoding coding = client.articleAccountCodings().list().items().stream()
                .filter(candidate -> candidate.vatRatePercent().compareTo(new BigDecimal("12")) == 0)
                .findFirst().orElseThrow();
        Unit unit = client.units().list().items().get(0);

        Article created = client.articles().create(Article.builder("TEA-1", "Te 100 g", coding.id(), unit.id())
                .netPrice(new BigDecimal("100.00")).build());

        assertThat(created.codingId()).isEqualTo(coding.id());
        assertThat(created.codingName()).isEqualTo(coding.name());
        assertThat(created.unitId()).isEqualTo(unit.id());
        assertThat(created.unitName()).isEqualTo(unit.name());
        assertThat(created.unitAbbreviation()).isEqualTo(unit.abbreviation());
        assertThat(created.grossPrice()).isEqualByComparingTo("112.00");
    }

    @Test
    void listsGetsAndCreatesProjectsFilteringAndOrderingByEachField() {
        listsPagesAndGetsById(client.projects()::list, Project::id, client.projects()::get);
        int before = client.projects().list().meta().totalNumberOfResults();

        Project created = client.projects().create(Project.create("P-77", "Flytt till Malmö"));

        assertThat(created.id()).isNotNull();
        assertThat(created.status()).isEqualTo(ProjectStatus.ONGOING);
        assertThat(client.projects().list().meta().totalNumberOfResults()).isEqualTo(before + 1);
        assertThat(client.projects().get(created.id())).isEqualTo(created);
        assertThat(new FieldContract<>(Project.class, client.projects()::list)
                .checkEveryFieldOf(Projects.class)).isEqualTo(2);
    }

    @Test
    void aCreatedDraftIsListedAndFoundAndConvertsToAnInvoiceThatIsListedAndFound() {
        Customer customer = client.customers().list().items().get(0);
        Article article = client.articles().list().items().get(0);
        int invoicesBefore = client.customerInvoices().list().meta().totalNumberOfResults();

        CustomerInvoiceDraft draft = client.customerInvoiceDrafts().create(CustomerInvoiceDraft.builder(customer.id())
                .yourReference("Anna").rows(List.of(
                        CustomerInvoiceDraftRow.article(article.id(), new BigDecimal("3"), new BigDecimal("100.00")),
                        CustomerInvoiceDraftRow.text("Tack för beställningen")))
                .build());
        List<CustomerInvoiceDraft> listed = client.customerInvoiceDrafts()
                .list(Query.all().where(CustomerInvoiceDrafts.CUSTOMER_ID.eq(customer.id()))).items();
        CustomerInvoiceDraft found = client.customerInvoiceDrafts().get(draft.id());
        CustomerInvoice invoice = client.customerInvoiceDrafts().convert(draft.id());

        assertThat(draft.id()).isNotNull();
        assertThat(draft.customerName()).isEqualTo(customer.name());
        assertThat(draft.rows()).hasSize(2);
        assertThat(draft.totalAmount()).isPositive();
        assertThat(listed).contains(draft);
        assertThat(found).isEqualTo(draft);
        assertThat(invoice.invoiceNumber()).isNotNull();
        assertThat(invoice.customerId()).isEqualTo(customer.id());
        assertThat(invoice.createdFromDraftId()).isEqualTo(draft.id());
        assertThat(invoice.totalAmount()).isEqualByComparingTo(draft.totalAmount());
        assertThat(client.customerInvoices().list().meta().totalNumberOfResults()).isEqualTo(invoicesBefore + 1);
        assertThat(client.customerInvoices().get(invoice.id())).isEqualTo(invoice);
    }

    @Test
    void listsPagesAndFiltersDraftsAndOrdersThemByEachField() {
        listsPagesAndGetsById(client.customerInvoiceDrafts()::list, CustomerInvoiceDraft::id,
                client.customerInvoiceDrafts()::get);

        assertThat(new FieldContract<>(CustomerInvoiceDraft.class, client.customerInvoiceDrafts()::list)
                .checkEveryFieldOf(CustomerInvoiceDrafts.class)).isEqualTo(2);
    }

    @Test
    void listsGetsAndCreatesInvoicesFilteringAndOrderingByEachField() {
        List<CustomerInvoice> all = listsPagesAndGetsById(client.customerInvoices()::list, CustomerInvoice::id,
                client.customerInvoices()::get);
        Customer customer = client.customers().list().items().get(1);
        Article article = client.articles().list().items().get(0);

        CustomerInvoice created = client.customerInvoices().create(CustomerInvoice.builder(customer.id())
                .rows(List.of(CustomerInvoiceRow.article(article.id(), new BigDecimal("2"), new BigDecimal("50.00"))))
                .build());

        assertThat(all).hasSizeGreaterThan(100);
        assertThat(created.invoiceNumber()).isNotNull();
        assertThat(created.rows()).singleElement().satisfies(row -> assertThat(row.articleId()).isEqualTo(article.id()));
        assertThat(client.customerInvoices().list(Query.all().where(CustomerInvoices.INVOICE_NUMBER
                .eq(created.invoiceNumber()))).items()).containsExactly(created);
        assertThat(new FieldContract<>(CustomerInvoice.class, client.customerInvoices()::list)
                .checkEveryFieldOf(CustomerInvoices.class)).isEqualTo(5);
    }
}
