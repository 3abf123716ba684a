package io.github.vismaidentity.eaccounting.resources;

import io.github.vismaidentity.eaccounting.Field;
import io.github.vismaidentity.eaccounting.http.ApiCalls;
import io.github.vismaidentity.eaccounting.http.Operation;
import io.github.vismaidentity.eaccounting.model.ArticleAccountCoding;

import java.util.UUID;

/**
 * Article account codings ({@code /v2/articleaccountcodings}; needs {@code ea:sales} or
 * {@code ea:sales_readonly}): what an article's {@code CodingId} names.
 */
public final class ArticleAccountCodings extends Listing<ArticleAccountCoding> {

    /** {@code Name}. */
    public static final Field.Text NAME = Field.string("Name");

    /** Made by {@code EAccountingClient.articleAccountCodings()}. */
    public ArticleAccountCodings(ApiCalls calls) {
        super(calls, Operation.ARTICLE_ACCOUNT_CODINGS_LIST, ArticleAccountCoding.class);
    }

    /**
     * The article account coding with this id.
     *
     * @throws io.github.vismaidentity.eaccounting.ResourceNotFoundException when the company has none
     */
    public ArticleAccountCoding get(UUID id) {
        return one(Operation.ARTICLE_ACCOUNT_CODINGS_GET, ArticleAccountCoding.class, id);
    }
}
