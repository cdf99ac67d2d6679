package org.crmgateway.crm.history;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.support.KeyHolder;

/** The generated ids of a batch insert, in the order of its rows. */
final class GeneratedIds {

    private GeneratedIds() {
    }

    static long[] of(KeyHolder keys, int rows) {
        List<Map<String, Object>> list = keys.getKeyList();
        if (list.size() != rows) {
            throw new IllegalStateException("the database returned %d keys for %d rows".formatted(list.size(), rows));
        }
        long[] ids = new long[rows];
        for (int i = 0; i < rows; i++) {
            // one generated column, labelled "id" or "ID" depending on the database
            ids[i] = ((Number) list.get(i).values().iterator().next()).longValue();
        }
        return ids;
    }
}
