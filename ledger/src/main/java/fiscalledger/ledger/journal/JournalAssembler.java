package fiscalledger.ledger.journal;

import fiscalledger.ledger.api.IndicatorScore;
import fiscalledger.ledger.api.OpeningBalance;
import fiscalledger.ledger.api.VehicleUse;
import fiscalledger.ledger.api.command.*;
import fiscalledger.ledger.journal.Interpreted.VoucherKey;
import fiscalledger.ledger.journal.LineInterpreter.VehicleCount;

import java.util.*;

/**
 * Puts interpreted lines together: detail lines join the header with the same unit, year and voucher (wherever
 * in the file it is), and a voucher used by two entries of one file is an error — the ledger would silently
 * skip the second as "already recorded".
 */
final class JournalAssembler {
    private final List<EntryProblem> problems;
    private final List<UnreadLine> unread;

    /** {@code unread}: the lines with problems so far, one of which may be the header a detail line seems to lack. */
    JournalAssembler(List<EntryProblem> problems, List<UnreadLine> unread) {
        this.problems = problems;
        this.unread = unread;
    }

    record Assembled(List<CodeEntry> codes, List<JournalEntry> entries) {
    }

    Assembled assemble(List<Interpreted> lines) {
        Map<VoucherKey, Interpreted> owners = new HashMap<>();
        Map<VoucherKey, List<Interpreted.Detail>> details = new HashMap<>();
        List<CodeEntry> codes = new ArrayList<>();
        for (Interpreted line : lines) {
            if (line instanceof Interpreted.Code code) {
                codes.add(new CodeEntry(code.raw().source(), code.raw().line(), code.command()));
            } else if (line instanceof Interpreted.Detail detail) {
                details.computeIfAbsent(detail.key(), k -> new ArrayList<>()).add(detail);
            } else if (line instanceof Interpreted.Entry entry) {
                claim(owners, entry.key(), entry);
            } else if (line instanceof Interpreted.Broken broken && !broken.type().isDetail()) {
                claim(owners, broken.key(), broken);
            }
        }
        details.forEach((key, list) -> checkHeader(owners.get(key), list));
        List<JournalEntry> entries = new ArrayList<>();
        for (Interpreted line : lines) {
            if (line instanceof Interpreted.Entry entry && owners.get(entry.key()) == entry) {
                LedgerCommand command = complete(entry, details.getOrDefault(entry.key(), List.of()));
                entries.add(new JournalEntry(entry.raw().source(), entry.raw().line(), command));
            }
        }
        return new Assembled(codes, entries);
    }

    private void claim(Map<VoucherKey, Interpreted> owners, VoucherKey key, Interpreted line) {
        Interpreted first = owners.putIfAbsent(key, line);
        if (first != null) {
            // the line is left out as surely as one that does not read: what follows from it must not be listed
            unread.add(UnreadLine.of(line.raw()));
            problem(line.raw(), Column.VOUCHER, "voucher " + key.voucher() + " of " + key.unit() + "/" + key.year()
                    + " is already used on line " + first.raw().line() + "; each entry needs its own voucher number "
                    + "(detail lines such as opening balances share their header's voucher)");
        }
    }

    private void checkHeader(Interpreted owner, List<Interpreted.Detail> lines) {
        LineType wanted = lines.get(0).type().header();
        if (owner == null) {
            for (Interpreted.Detail d : lines) {
                if (unread.stream().anyMatch(u -> u.mayBeHeader(wanted, d.key()))) {
                    continue; // its header is listed for not reading; "no header" would send the officer looking for it
                }
                problem(d.raw(), Column.VOUCHER, "this " + d.type().describe() + " line has no " + wanted.describe()
                        + " line with voucher " + d.key().voucher() + " for " + d.key().unit() + "/" + d.key().year()
                        + "; add that line or correct the voucher");
            }
            return;
        }
        LineType ownerType = owner instanceof Interpreted.Entry e ? e.type() : ((Interpreted.Broken) owner).type();
        for (Interpreted.Detail d : lines) {
            if (ownerType != d.type().header()) {
                problem(d.raw(), Column.VOUCHER, "a " + d.type().describe() + " line belongs to a "
                        + d.type().header().describe() + " line, but voucher " + d.key().voucher() + " is the "
                        + ownerType.describe() + " line " + owner.raw().line());
            }
        }
    }

    private LedgerCommand complete(Interpreted.Entry header, List<Interpreted.Detail> lines) {
        LedgerCommand command = header.command();
        if (command instanceof OpenYearCommand c) {
            return openYear(header, c, lines);
        }
        if (command instanceof RecordAssetFactsCommand c) {
            return assets(c, lines);
        }
        if (command instanceof RecordPerformanceEvaluationCommand c) {
            return new RecordPerformanceEvaluationCommand(c.unit(), c.year(), c.voucher(), c.date(), c.memo(),
                    c.project(), c.declaredTarget(),
                    only(lines, LineType.INDICATOR).stream().map(d -> (IndicatorScore) d.value()).toList());
        }
        return command;
    }

    private OpenYearCommand openYear(Interpreted.Entry header, OpenYearCommand c, List<Interpreted.Detail> lines) {
        List<OpeningBalance> balances = new ArrayList<>();
        for (Interpreted.Detail d : only(lines, LineType.OPENING)) {
            if (c.carryForward()) {
                problem(d.raw(), Column.TYPE, "line " + header.raw().line() + " takes the opening balances from "
                        + "the closed previous year (carry_forward / 结转上年 = yes); remove this line or set it to no");
                continue; // listed here; the ledger would list it again on the open-year line
            }
            balances.add((OpeningBalance) d.value());
        }
        return new OpenYearCommand(c.unit(), c.year(), c.voucher(), c.date(), c.memo(), c.unitName(),
                c.departmentCode(), c.departmentName(), c.unitType(), List.copyOf(balances), c.carryForward());
    }

    private RecordAssetFactsCommand assets(RecordAssetFactsCommand c, List<Interpreted.Detail> lines) {
        Map<VehicleUse, Integer> vehicles = new EnumMap<>(VehicleUse.class);
        Map<VehicleUse, Long> vehicleLines = new EnumMap<>(VehicleUse.class);
        for (Interpreted.Detail d : only(lines, LineType.VEHICLE)) {
            VehicleCount v = (VehicleCount) d.value();
            Long earlier = vehicleLines.putIfAbsent(v.use(), d.raw().line());
            if (earlier != null) {
                problem(d.raw(), Column.VEHICLE_USE, v.use().label() + " is already counted on line " + earlier
                        + "; give each vehicle use one line with its total");
            }
            vehicles.put(v.use(), v.quantity());
        }
        List<Interpreted.Detail> equipment = only(lines, LineType.EQUIPMENT);
        for (Interpreted.Detail d : equipment.subList(Math.min(1, equipment.size()), equipment.size())) {
            problem(d.raw(), Column.QUANTITY, "the large equipment count is already on line "
                    + equipment.get(0).raw().line() + "; give one line with the total");
        }
        int largeEquipment = equipment.isEmpty() ? 0 : (Integer) equipment.get(0).value();
        return new RecordAssetFactsCommand(c.unit(), c.year(), c.voucher(), c.date(), c.memo(),
                Collections.unmodifiableMap(vehicles), largeEquipment);
    }

    private static List<Interpreted.Detail> only(List<Interpreted.Detail> lines, LineType type) {
        return lines.stream().filter(d -> d.type() == type).toList();
    }

    private void problem(RawLine raw, Column column, String message) {
        problems.add(new EntryProblem(raw.source(), raw.line(), raw.value(Column.VOUCHER), raw.name(column), message));
    }
}
