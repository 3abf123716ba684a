package io.github.vismaidentity.it.wildfly;

import org.postgresql.xa.PGXADataSource;

import javax.sql.XAConnection;
import javax.transaction.xa.XAResource;
import javax.transaction.xa.Xid;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;

/**
 * The child process of {@link PostgreSqlXaBranchIT}: what a WildFly node does to a token set's row in the middle of
 * a refresh, through the same XADataSource class as visma-postgresql.cli's datasource: it starts an XA branch, takes
 * the row's lock, says "locked" and waits (for Visma, as it were) until it is killed.
 * Arguments: the JDBC URL, the user, the password, the UPDATE that takes the lock.
 */
public final class XaBranchHolder {

    private XaBranchHolder() {
    }

    public static void main(String[] args) throws Exception {
        PGXADataSource dataSource = new PGXADataSource();
        dataSource.setUrl(args[0]);
        XAConnection connection = dataSource.getXAConnection(args[1], args[2]);
        XAResource branch = connection.getXAResource();
        branch.start(new BranchId(), XAResource.TMNOFLAGS);
        try (Statement lock = connection.getConnection().createStatement()) {
            lock.executeUpdate(args[3]);
        }
        System.out.println("locked");
        System.out.flush();
        System.in.read(); // never answered: the test kills this process
    }

    /** One global transaction, one branch. */
    record BranchId() implements Xid {
        @Override
        public int getFormatId() {
            return 4711;
        }

        @Override
        public byte[] getGlobalTransactionId() {
            return "xa-branch-holder".getBytes(StandardCharsets.US_ASCII);
        }

        @Override
        public byte[] getBranchQualifier() {
            return "1".getBytes(StandardCharsets.US_ASCII);
        }
    }
}
