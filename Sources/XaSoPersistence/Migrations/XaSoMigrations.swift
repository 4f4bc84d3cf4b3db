import Foundation
import FluentKit

/// Migrations in the order they run; add new ones at the end, never reorder.
public enum XaSoMigrations {
    public static var all: [any Migration] {
        var list: [any Migration] = [
            CreateUnits(),
            CreateDepartments(),
            CreateFrameworksAndIndicators(),
            CreateIndicatorValues(),
            CreateUsersAndAudit(),
        ] + DossierMigrations.all + PlanMigrations.all + ReportMigrations.all + AccountMigrations.all
        list.append(RemoveFiguresOutOfRange())
        list += [AddDigitisationToDossiers(), CreateDossierReceivedDays(), CreateDossierEndedDays(), CreateDossierOverdueSpans(),
                 FillDossierDayCounts(), AddDossierCodeIndex()]
        list += IngestMigrations.all
        list += [AddTextToIndicatorValues(), AddSentencesToIndicators(), AddScopeToIndicators()]
        list += [MoveProvincePlanTargets()]
        list += [CreateIndexWeights()]
        list += SubmissionMigrations.all
        list += [CreateProvinceRollups()]
        list += [CreateQualityChecks()]
        list += [CreateDossierMonthCounts(), FillDossierMonthCounts()]
        list += [DropDossierCodeIndexOnSQLite()]
        list += [ReplaceDossierEndDayIndex(), CreateDossierQuarterCounts(), FillDossierQuarterCounts()]
        return list
    }
}
