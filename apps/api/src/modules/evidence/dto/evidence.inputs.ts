import { ObjectType } from 'type-graphql';
import { Connection } from '../../../common/pagination/connection.type';
import { Evidence } from '../evidence.entity';

@ObjectType()
export class EvidenceConnection extends Connection(Evidence) {}
