import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { AppendOnlyEntity } from '../../database/base.entity';

/** Same values as `EvidenceKind` in file-sniffing.ts, as an enum for GraphQL. */
export enum EvidenceFileKind {
  PDF = 'PDF',
  IMAGE = 'IMAGE',
  XLSX = 'XLSX',
  DOCX = 'DOCX',
}

registerEnumType(EvidenceFileKind, {
  name: 'EvidenceFileKind',
  description: '佐证材料文件类型',
  valuesConfig: {
    PDF: { description: 'PDF 文档' },
    IMAGE: { description: '图片（JPG、PNG）' },
    XLSX: { description: 'Excel 表格' },
    DOCX: { description: 'Word 文档' },
  },
});

/**
 * One uploaded evidence file (佐证材料). Rows are never rewritten except to mark them attached to a
 * submission or soft-deleted; the bytes live in EvidenceStorage under `storageKey` (content-addressed,
 * so several rows may share one blob).
 */
@ObjectType({ description: '佐证材料文件' })
@Entity('evidence')
@Index('ix_evidence_unit_created', ['unitId', 'createdAt'])
export class Evidence extends AppendOnlyEntity {
  @Field(() => ID, { description: '所属单位' })
  @Column('varchar', { length: 36 })
  unitId: string;

  @Field(() => ID, { description: '上传人账号' })
  @Column('varchar', { length: 36 })
  uploadedBy: string;

  @Field(() => String, { description: '文件内容的 SHA-256（十六进制）' })
  @Index('ix_evidence_sha256')
  @Column('varchar', { length: 64 })
  sha256: string;

  @Field(() => Int, { description: '字节数' })
  @Column('int')
  size: number;

  @Field(() => String)
  @Column('varchar', { length: 100 })
  mime: string;

  @Field(() => EvidenceFileKind)
  @Column('varchar', { length: 32 })
  kind: EvidenceFileKind;

  @Field(() => String, { description: '上传时的文件名（已清理路径和控制字符）' })
  @Column('varchar', { length: 255 })
  originalName: string;

  /** never exposed: where the bytes are, meaningful only to the storage */
  @Column('varchar', { length: 200 })
  storageKey: string;

  @Field(() => Date, { nullable: true, description: '首次被填报引用的时间；被引用后不能删除' })
  @Column('datetime', { precision: 3, nullable: true })
  attachedAt: Date | null;

  @Field(() => Date, { nullable: true, description: '删除时间（软删除）' })
  @Column('datetime', { precision: 3, nullable: true })
  deletedAt: Date | null;
}
