import { type MigrationInterface, type QueryRunner } from "typeorm";

export class AddWorkflow1795874515282 implements MigrationInterface {
    name = 'AddWorkflow1795874515282'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE \`assessment_cycle\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(3) NOT NULL, \`updatedAt\` datetime(3) NOT NULL, \`version\` int NOT NULL, \`name\` varchar(200) NOT NULL, \`year\` int NOT NULL, \`systemKey\` varchar(64) NOT NULL, \`systemVersion\` int NOT NULL, \`taskListKey\` varchar(64) NULL, \`status\` varchar(32) NOT NULL, \`requiresApproverSignOff\` tinyint NOT NULL, INDEX \`ix_cycle_year\` (\`year\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
        await queryRunner.query(`CREATE TABLE \`calendar_override\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(3) NOT NULL, \`updatedAt\` datetime(3) NOT NULL, \`version\` int NOT NULL, \`date\` varchar(10) NOT NULL, \`isWorkday\` tinyint NOT NULL, \`reason\` varchar(200) NOT NULL, UNIQUE INDEX \`uq_calendar_override_date\` (\`date\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
        await queryRunner.query(`CREATE TABLE \`lock_exception\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(3) NOT NULL, \`updatedAt\` datetime(3) NOT NULL, \`version\` int NOT NULL, \`periodId\` varchar(36) NOT NULL, \`unitId\` varchar(36) NOT NULL, \`reason\` varchar(500) NOT NULL, \`expiresAt\` datetime(3) NOT NULL, \`grantedBy\` varchar(36) NOT NULL, \`revokedAt\` datetime(3) NULL, INDEX \`ix_lock_exception_period_unit\` (\`periodId\`, \`unitId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
        await queryRunner.query(`CREATE TABLE \`period\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(3) NOT NULL, \`updatedAt\` datetime(3) NOT NULL, \`version\` int NOT NULL, \`cycleId\` varchar(36) NOT NULL, \`kind\` varchar(32) NOT NULL, \`year\` int NOT NULL, \`periodIndex\` int NOT NULL, \`label\` varchar(64) NOT NULL, \`status\` varchar(32) NOT NULL, \`openedAt\` datetime(3) NULL, \`closedAt\` datetime(3) NULL, INDEX \`ix_period_cycle\` (\`cycleId\`), UNIQUE INDEX \`uq_period_cycle_kind\` (\`cycleId\`, \`kind\`, \`year\`, \`periodIndex\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
        await queryRunner.query(`CREATE TABLE \`indicator_system_version\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(3) NOT NULL, \`updatedAt\` datetime(3) NOT NULL, \`version\` int NOT NULL, \`systemKey\` varchar(64) NOT NULL, \`systemVersion\` int NOT NULL, \`name\` varchar(200) NOT NULL, \`unitKinds\` text NOT NULL, \`periodKind\` varchar(32) NOT NULL, \`status\` varchar(32) NOT NULL, \`definition\` text NOT NULL, \`publishedAt\` datetime(3) NULL, \`publishedBy\` varchar(36) NULL, UNIQUE INDEX \`uq_indicator_system_version\` (\`systemKey\`, \`systemVersion\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
        await queryRunner.query(`CREATE TABLE \`idempotency_key\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(3) NOT NULL, \`actorId\` varchar(36) NOT NULL, \`key\` varchar(100) NOT NULL, \`operation\` varchar(64) NOT NULL, \`resultId\` varchar(36) NOT NULL, UNIQUE INDEX \`uq_idempotency_key\` (\`actorId\`, \`key\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
        await queryRunner.query(`CREATE TABLE \`submission\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(3) NOT NULL, \`updatedAt\` datetime(3) NOT NULL, \`version\` int NOT NULL, \`unitId\` varchar(36) NOT NULL, \`taskId\` varchar(36) NOT NULL, \`assignmentId\` varchar(36) NOT NULL, \`periodId\` varchar(36) NOT NULL, \`state\` varchar(32) NOT NULL, \`values\` text NOT NULL, \`evidenceIds\` text NOT NULL, \`submittedAt\` datetime(3) NULL, \`late\` tinyint NOT NULL, \`lateDays\` int NOT NULL, \`lateWorkingDays\` int NOT NULL, \`returnCount\` int NOT NULL, \`authorRole\` varchar(32) NOT NULL, \`authorId\` varchar(36) NULL, \`lastReason\` varchar(1000) NULL, INDEX \`ix_submission_unit\` (\`unitId\`), INDEX \`ix_submission_task\` (\`taskId\`), INDEX \`ix_submission_period_state\` (\`periodId\`, \`state\`), UNIQUE INDEX \`uq_submission_unit_task_period\` (\`unitId\`, \`taskId\`, \`periodId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
        await queryRunner.query(`CREATE TABLE \`submission_transition\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(3) NOT NULL, \`submissionId\` varchar(36) NOT NULL, \`seq\` int NOT NULL, \`fromState\` varchar(32) NOT NULL, \`toState\` varchar(32) NOT NULL, \`actorId\` varchar(36) NOT NULL, \`role\` varchar(32) NOT NULL, \`comment\` varchar(1000) NULL, INDEX \`ix_submission_transition\` (\`submissionId\`, \`seq\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
        await queryRunner.query(`CREATE TABLE \`task_assignment\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(3) NOT NULL, \`updatedAt\` datetime(3) NOT NULL, \`version\` int NOT NULL, \`cycleId\` varchar(36) NOT NULL, \`unitId\` varchar(36) NOT NULL, \`taskId\` varchar(36) NOT NULL, INDEX \`ix_task_assignment_cycle\` (\`cycleId\`), INDEX \`ix_task_assignment_task\` (\`taskId\`), UNIQUE INDEX \`uq_task_assignment\` (\`unitId\`, \`taskId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
        await queryRunner.query(`CREATE TABLE \`task_definition\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(3) NOT NULL, \`updatedAt\` datetime(3) NOT NULL, \`version\` int NOT NULL, \`cycleId\` varchar(36) NOT NULL, \`code\` varchar(64) NOT NULL, \`title\` varchar(200) NOT NULL, \`category\` varchar(100) NULL, \`sourceText\` text NOT NULL, \`target\` varchar(500) NULL, \`deadline\` text NOT NULL, \`deadlineText\` varchar(500) NULL, \`indicatorCodes\` text NOT NULL, \`inputs\` text NOT NULL, \`evidence\` text NULL, \`dataSource\` varchar(32) NOT NULL, INDEX \`ix_task_definition_cycle\` (\`cycleId\`), UNIQUE INDEX \`uq_task_definition_code\` (\`cycleId\`, \`code\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
        await queryRunner.query(`CREATE TABLE \`task_due\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(3) NOT NULL, \`updatedAt\` datetime(3) NOT NULL, \`version\` int NOT NULL, \`assignmentId\` varchar(36) NOT NULL, \`periodId\` varchar(36) NOT NULL, \`unitId\` varchar(36) NOT NULL, \`taskId\` varchar(36) NOT NULL, \`dueDate\` varchar(10) NULL, INDEX \`ix_task_due_period\` (\`periodId\`), INDEX \`ix_task_due_unit_period\` (\`unitId\`, \`periodId\`), UNIQUE INDEX \`uq_task_due\` (\`assignmentId\`, \`periodId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX \`uq_task_due\` ON \`task_due\``);
        await queryRunner.query(`DROP INDEX \`ix_task_due_unit_period\` ON \`task_due\``);
        await queryRunner.query(`DROP INDEX \`ix_task_due_period\` ON \`task_due\``);
        await queryRunner.query(`DROP TABLE \`task_due\``);
        await queryRunner.query(`DROP INDEX \`uq_task_definition_code\` ON \`task_definition\``);
        await queryRunner.query(`DROP INDEX \`ix_task_definition_cycle\` ON \`task_definition\``);
        await queryRunner.query(`DROP TABLE \`task_definition\``);
        await queryRunner.query(`DROP INDEX \`uq_task_assignment\` ON \`task_assignment\``);
        await queryRunner.query(`DROP INDEX \`ix_task_assignment_task\` ON \`task_assignment\``);
        await queryRunner.query(`DROP INDEX \`ix_task_assignment_cycle\` ON \`task_assignment\``);
        await queryRunner.query(`DROP TABLE \`task_assignment\``);
        await queryRunner.query(`DROP INDEX \`ix_submission_transition\` ON \`submission_transition\``);
        await queryRunner.query(`DROP TABLE \`submission_transition\``);
        await queryRunner.query(`DROP INDEX \`uq_submission_unit_task_period\` ON \`submission\``);
        await queryRunner.query(`DROP INDEX \`ix_submission_period_state\` ON \`submission\``);
        await queryRunner.query(`DROP INDEX \`ix_submission_task\` ON \`submission\``);
        await queryRunner.query(`DROP INDEX \`ix_submission_unit\` ON \`submission\``);
        await queryRunner.query(`DROP TABLE \`submission\``);
        await queryRunner.query(`DROP INDEX \`uq_idempotency_key\` ON \`idempotency_key\``);
        await queryRunner.query(`DROP TABLE \`idempotency_key\``);
        await queryRunner.query(`DROP INDEX \`uq_indicator_system_version\` ON \`indicator_system_version\``);
        await queryRunner.query(`DROP TABLE \`indicator_system_version\``);
        await queryRunner.query(`DROP INDEX \`uq_period_cycle_kind\` ON \`period\``);
        await queryRunner.query(`DROP INDEX \`ix_period_cycle\` ON \`period\``);
        await queryRunner.query(`DROP TABLE \`period\``);
        await queryRunner.query(`DROP INDEX \`ix_lock_exception_period_unit\` ON \`lock_exception\``);
        await queryRunner.query(`DROP TABLE \`lock_exception\``);
        await queryRunner.query(`DROP INDEX \`uq_calendar_override_date\` ON \`calendar_override\``);
        await queryRunner.query(`DROP TABLE \`calendar_override\``);
        await queryRunner.query(`DROP INDEX \`ix_cycle_year\` ON \`assessment_cycle\``);
        await queryRunner.query(`DROP TABLE \`assessment_cycle\``);
    }

}
