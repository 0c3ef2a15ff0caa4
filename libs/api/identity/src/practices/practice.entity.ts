import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A coaching practice: the tenant every other record belongs to. */
@Entity('practice')
export class Practice {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  slug: string;

  @Column('text')
  name: string;

  @Column('text')
  tagline: string;

  @Column('text', { name: 'coach_name' })
  coachName: string;

  @Column('text', { name: 'coach_bio' })
  coachBio: string;

  @Column('text', { name: 'time_zone' })
  timeZone: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
