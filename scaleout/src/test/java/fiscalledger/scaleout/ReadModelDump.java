package fiscalledger.scaleout;

import fiscalledger.projections.readmodel.ReadModelSchema;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every row of every read-model table, in a fixed order, as text: two dumps are equal when the read models are. */
final class ReadModelDump {

    private ReadModelDump() {
    }

    static Map<String, List<String>> of(Connection c) throws SQLException {
        Map<String, List<String>> dump = new LinkedHashMap<>();
        for (String table : ReadModelSchema.TABLES) {
            List<String> rows = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + table)) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= columns; i++) {
                        row.append(i > 1 ? "|" : "").append(rs.getString(i));
                    }
                    rows.add(row.toString());
                }
            }
            rows.sort(null);
            dump.put(table, rows);
        }
        return dump;
    }
}
