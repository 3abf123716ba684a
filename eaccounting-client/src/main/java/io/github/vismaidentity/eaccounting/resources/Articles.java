package io.github.vismaidentity.eaccounting.resources;

import io.github.vismaidentity.eaccounting.Field;
import io.github.vismaidentity.eaccounting.http.ApiCalls;
import io.github.vismaidentity.eaccounting.http.Operation;
import io.github.vismaidentity.eaccounting.model.Article;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The company's articles, goods and services it sells ({@code /v2/articles}; reads need {@code ea:sales} or
 * {@code ea:sales_readonly}, writes {@code ea:sales}).
 */
public final class Articles extends Listing<Article> {

    /** {@code Name}. */
    public static final Field.Text NAME = Field.string("Name");
    /** {@code Number}. */
    public static final Field.Text NUMBER = Field.string("Number");
    /** {@code IsActive}. */
    public static final Field<Boolean> IS_ACTIVE = Field.bool("IsActive");
    /** {@code ChangedUtc}: when the article last changed. */
    public static final Field<Instant> CHANGED_UTC = Field.instant("ChangedUtc");

    /** Made by {@code EAccountingClient.articles()}. */
    public Articles(ApiCalls calls) {
        super(calls, Operation.ARTICLES_LIST, Article.class);
    }

    /**
     * The article with this id.
     *
     * @throws io.github.vismaidentity.eaccounting.ResourceNotFoundException when the company has none
     */
    public Article get(UUID articleId) {
        return one(Operation.ARTICLES_GET, Article.class, articleId);
    }

    /**
     * Creates the article and returns it as Visma stored it (with its id).
     *
     * @throws io.github.vismaidentity.eaccounting.ValidationFailedException naming each field Visma refused
     */
    public Article create(Article article) {
        return calls.send(Operation.ARTICLES_CREATE, Objects.requireNonNull(article, "article"), Article.class);
    }
}
